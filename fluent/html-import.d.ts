/** The SDK resolves `import page from '../client/index.html'` to the built page; this tells tsc the same. */
declare module '*.html' {
    const html: string
    export default html
}
