import React from 'react'
import { createRoot } from 'react-dom/client'
import './overview.css'

function App() {
    return <h1>Hello</h1>
}
const root = document.getElementById('root')
if (root) createRoot(root).render(<App />)
