import type {
    BooleanColumnType,
    ChoiceColumnType,
    Column,
    DateColumnType,
    IntegerColumnType,
    ReferenceColumnType,
    StringColumnType,
} from '@servicenow/sdk/core'

/*
 * The column functions of SDK 4.9.0 infer their options object as a type parameter, so an option the
 * SDK does not know (`defaultValue` instead of `default`) typechecks and is dropped from the build
 * without an error. KnownColumnOptionsOnly<typeof table> turns any such option into a type error
 * naming the column and the option. The SDK refuses type statements in Fluent files (TS186/TS265),
 * so the guards live in test/build/column-options.typecheck.ts, one per Table, checked by
 * `tsc -p tsconfig.json`; the build test requires one for every Table and reads every declared
 * option back from dist/app as well (test/build/declared.ts).
 */

/** Every key of every member of a union (keyof of a union gives only the common keys). */
type KeysOfEach<U> = U extends unknown ? keyof U : never

/** Every option of the column types this app uses, as the SDK declares them. */
export type KnownColumnOption = KeysOfEach<
    Column | BooleanColumnType | ChoiceColumnType | DateColumnType | IntegerColumnType | ReferenceColumnType | StringColumnType
>

/** Maps each column's unknown options to never, so a table carrying one is not assignable. */
type UnknownOptionsAreNever<S> = { [C in keyof S]: { [O in Exclude<keyof S[C], KnownColumnOption>]: never } }

/** A Table declaration whose every column uses known options only; a type error names the column and option. */
export type KnownColumnOptionsOnly<T extends { schema: UnknownOptionsAreNever<T['schema']> }> = T
