/**
 * The one inline script of every page, in `<head>` so it runs before the first paint: it applies the reader's theme
 * (`data-theme` on `<html>`: `light`, `dark` or `auto`, the system's) and remembered tab language (`data-tab`), marks
 * the page as scripted (class `js`, which shows the theme switch and collapses tab sets to one panel), and handles the
 * theme switch (src/reading/ThemeSwitch.astro), so the theme works even where module scripts do not run (`file://`).
 * Its bytes are in every page's HTML: keep it tiny. The Content Security Policy lists its hash, computed from this
 * text when the config loads, so the two cannot drift.
 */
export const THEME_STORAGE_KEY = 'bfg-theme';
export const TAB_STORAGE_KEY = 'bfg-tab';

export const HEAD_SCRIPT = `(()=>{const d=document,h=d.documentElement,k='${THEME_STORAGE_KEY}';let s,t;h.classList.add('js');try{s=localStorage;t=s.getItem(k);h.dataset.tab=s.getItem('${TAB_STORAGE_KEY}')||''}catch{}h.dataset.theme=t=='light'||t=='dark'?t:'auto';d.addEventListener('change',e=>{const c=e.target;if(c.id=='theme-switch'){h.dataset.theme=c.value;try{s.setItem(k,c.value)}catch{}}});d.addEventListener('DOMContentLoaded',()=>{const c=d.getElementById('theme-switch');if(c)c.value=h.dataset.theme})})()`;

