import type { SourceComment, SourceScan } from './scan-source.js';

/**
 * The formatter's output buffer: lines indented with tabs, plus the source comments still to
 * place. Comments are emitted before the first node that starts after them; a trailing comment
 * (code before it on its source line) goes back to the end of the last written code line.
 */
export class Writer {
  readonly scan: SourceScan;
  private readonly lines: string[] = [];
  private current = '';
  private indent = 0;
  private next = 0;
  /** Comments written out of order (see {@link writeTrailingOn}). */
  private readonly written = new Set<SourceComment>();

  constructor(scan: SourceScan) {
    this.scan = scan;
  }

  /** Appends text to the current line. */
  write(text: string): void {
    this.current += text;
  }

  /** Ends the current line and starts a new one at the current indentation. */
  newline(): void {
    this.lines.push(this.current);
    this.current = '\t'.repeat(this.indent);
  }

  /** Ends the current line and writes one empty line, unless one was just written. */
  blankLine(): void {
    this.newline();
    if (this.lines.at(-1) !== '') this.lines.push('');
  }

  /** Re-indents the (still empty) current line to the current indentation. */
  reindent(): void {
    this.current = '\t'.repeat(this.indent) + this.current.trimStart();
  }

  /** Indents the lines started from now on. */
  up(): void {
    this.indent++;
  }

  /** Outdents the lines started from now on. */
  down(): void {
    this.indent--;
  }

  /**
   * Writes every comment that starts before `offset`. Call right after {@link newline}: own-line
   * comments become lines above the current one, with OPA's blank lines: kept (as one) between
   * comments that had them, between two METADATA blocks, and between the last comment and the
   * node at `row` when the source had one.
   */
  flushComments(offset: number, row?: number): void {
    const { comments } = this.scan;
    let previous: SourceComment | undefined;
    let isInMetadata = false;
    while (this.next < comments.length && (comments[this.next] as SourceComment).offset < offset) {
      const comment = comments[this.next++] as SourceComment;
      if (this.written.has(comment)) continue;
      const text = `#${comment.text.trimEnd()}`;
      if (comment.isTrailing && previous === undefined && this.current.trim() !== '') {
        this.current += ` ${text}`;
        continue;
      }
      if (comment.isTrailing && previous === undefined) {
        const index = this.lines.findLastIndex((line) => line.trim() !== '');
        if (index >= 0) {
          this.lines[index] += ` ${text}`;
          continue;
        }
      }
      const isMetadata = comment.text.trim() === 'METADATA';
      if (previous !== undefined) {
        const gap = comment.row - previous.row;
        if (gap > 1 || (gap === 1 && isInMetadata && isMetadata)) this.lines.push('');
        if (gap > 1) isInMetadata = false;
      }
      if (isMetadata) isInMetadata = true;
      this.lines.push(`${'\t'.repeat(this.indent)}${text}`);
      previous = comment;
    }
    if (previous !== undefined && row !== undefined && row - previous.row > 1) this.lines.push('');
  }

  /** Writes an empty line above the current (still empty) line. */
  emptyLine(): void {
    if (this.lines.at(-1) !== '') this.lines.push('');
  }

  /**
   * Appends the trailing comments of source row `row` to the current line now, for nodes the
   * formatter moves (sorted imports) so their comments move with them.
   */
  writeTrailingOn(row: number): void {
    for (const comment of this.scan.comments) {
      if (comment.row !== row || !comment.isTrailing || !this.isPending(comment)) continue;
      this.current += ` #${comment.text.trimEnd()}`;
      this.written.add(comment);
    }
  }

  /** Whether `comment` is still to be written. */
  isPending(comment: SourceComment): boolean {
    return !this.written.has(comment) && this.scan.comments.indexOf(comment) >= this.next;
  }

  /** Whether comments remain to be written. */
  hasComments(): boolean {
    return this.next < this.scan.comments.length;
  }

  /** The text written so far, ending with one newline. */
  finish(): string {
    if (this.current.trim() !== '') this.lines.push(this.current);
    while (this.lines.at(-1) === '') this.lines.pop();
    return `${this.lines.join('\n')}\n`;
  }
}
