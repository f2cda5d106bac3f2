/**
 * Reads the README and the pages under docs/ the way the docs tests need them: every page, its
 * headings as GitHub anchors them, its links, and its text outside code blocks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const ROOT = join(__dirname, '..', '..')
export const DOCS = join(ROOT, 'docs')

export interface Page {
    /** Absolute path. */
    path: string
    /** Relative to the repository root, for failure messages. */
    name: string
    text: string
}

function markdownUnder(dir: string): string[] {
    if (!existsSync(dir)) return []
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return markdownUnder(path)
        return entry.name.endsWith('.md') ? [path] : []
    })
}

/** The README and every page under docs/. */
export function pages(): Page[] {
    return [join(ROOT, 'README.md'), ...markdownUnder(DOCS)].map((path) => ({ path, name: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
}

export function readPage(path: string): Page {
    return { path, name: relative(ROOT, path), text: readFileSync(path, 'utf8') }
}

/** The page's lines outside fenced code blocks, with their 1-based line numbers. */
export function proseLines(text: string): { line: number; text: string }[] {
    const lines: { line: number; text: string }[] = []
    let fenced = false
    text.split('\n').forEach((line, index) => {
        if (/^\s*(```|~~~)/.test(line)) {
            fenced = !fenced
            return
        }
        if (!fenced) lines.push({ line: index + 1, text: line })
    })
    return lines
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
    const plain = heading
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .trim()
        .toLowerCase()
    return plain.replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
}

/** Every anchor a page offers: its headings' slugs (a repeated slug gets -1, -2, ... as on GitHub). */
export function anchors(text: string): Set<string> {
    const seen = new Map<string, number>()
    const result = new Set<string>()
    for (const { text: line } of proseLines(text)) {
        const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
        if (!heading) continue
        const base = slug(heading[1])
        const count = seen.get(base) ?? 0
        seen.set(base, count + 1)
        result.add(count === 0 ? base : `${base}-${count}`)
    }
    return result
}

export interface Link {
    line: number
    target: string
}

/** Markdown links and images, and HTML src/href attributes, outside code blocks and inline code. */
export function links(text: string): Link[] {
    const found: Link[] = []
    for (const { line, text: raw } of proseLines(text)) {
        const prose = raw.replace(/`[^`]*`/g, '')
        for (const match of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ line, target: match[1] })
        for (const match of prose.matchAll(/\b(?:src|href)="([^"]+)"/g)) found.push({ line, target: match[1] })
    }
    return found
}
