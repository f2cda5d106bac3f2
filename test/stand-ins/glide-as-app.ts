/**
 * `@servicenow/glide` as the app's scripts see it (jest maps the import here; the e2e realm serves it
 * to the built modules): the same stand-ins, except that GlideRecord and GlideAggregate run in the
 * app's scope, so an access to another scope's table the built app did not declare is refused
 * (test/stand-ins/cross-scope.ts). Tests and fixtures import test/stand-ins/glide.ts: the platform's scope.
 */
export * from './glide.ts'
export { AppGlideAggregate as GlideAggregate, AppGlideRecord as GlideRecord } from './glide.ts'
