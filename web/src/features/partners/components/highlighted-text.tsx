import { highlightParts } from '@kraftsamling/shared';

/**
 * Search text with the matched words in `<mark>`. The server marks them with control characters, never with
 * HTML, and this renders the parts as text nodes: whatever an organisation wrote (even `<script>`) stays text.
 */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, index) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
