import { snippetParts } from '../store/selectors'

/** A result's excerpt with its matched words marked; the excerpt is text, never markup. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span className="search-hit-snippet">
      {snippetParts(snippet).map((part, i) =>
        part.match ? (
          <mark key={i} className="search-snippet-match">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </span>
  )
}
