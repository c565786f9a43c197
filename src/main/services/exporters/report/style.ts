/**
 * The report's only style sheet, inlined so that the file is whole on its own: a light theme read on screen and
 * printed on A4 or Letter (no backgrounds needed, sections kept off page breaks where they fit).
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 2.5rem; color: #1f2328; background: #fff;
  font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.meta { color: #57606a; margin: 0; font-weight: normal; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d8dee4; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: #57606a; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .25rem 0 1rem; }
dl.facts dt { color: #57606a; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
.counts li { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .9rem; min-width: 7rem; }
.counts strong { display: block; font-size: 1.4rem; }
.claim { border: 1px solid #d0d7de; border-left-width: 5px; border-radius: 6px; padding: .6rem .9rem; margin: .75rem 0;
  break-inside: avoid; }
.claim blockquote { margin: 0 0 .4rem; font-size: 1.02rem; }
.claim .from { color: #57606a; font-size: .85rem; margin: 0 0 .4rem; }
.rating { display: inline-block; font-weight: 600; font-size: .8rem; padding: .05rem .5rem; border-radius: 999px;
  border: 1px solid currentColor; margin-right: .4rem; }
.rating.r-true, .rating.r-mostly-true { color: #1a7f37; }
.rating.r-mixed { color: #9a6700; }
.rating.r-false, .rating.r-mostly-false { color: #cf222e; }
.rating.r-unverifiable, .rating.r-none { color: #57606a; }
.claim.r-true, .claim.r-mostly-true { border-left-color: #1a7f37; }
.claim.r-mixed { border-left-color: #bf8700; }
.claim.r-false, .claim.r-mostly-false { border-left-color: #cf222e; }
.claim.r-unverifiable, .claim.r-none { border-left-color: #8c959f; }
.status { color: #57606a; font-size: .85rem; }
.evidence { margin: .4rem 0 0; padding-left: 1.2rem; }
.highlight { margin: .5rem 0 .9rem; break-inside: avoid; }
.highlight blockquote { margin: 0; padding: .1rem .75rem; border-left: 4px solid #d4a72c; background: #fff8c5; }
.highlight .note { margin: .3rem 0 0 .9rem; }
.highlight .from { color: #57606a; font-size: .85rem; margin: .2rem 0 0 .9rem; }
.said { margin: .25rem 0 .9rem; padding-left: 1.2rem; break-inside: avoid; }
.said li { margin: .15rem 0; }
h4 { font-size: .95rem; margin: .9rem 0 .25rem; }
h4 .meta { display: inline; margin-left: .35rem; font-size: .85rem; }
.empty { color: #57606a; font-style: italic; }
a { color: #0969da; overflow-wrap: anywhere; }
code { font-size: .85em; overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; color: #57606a; font-size: .8rem; }
@page { margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  .highlight blockquote { background: none; }
  a { color: inherit; }
}
`
