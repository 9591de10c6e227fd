/**
 * Copy buttons: each `button[data-copy]` copies the text of the element whose id it
 * names and announces the result in `[data-copy-status]`. Buttons stay hidden without
 * JavaScript (the text itself remains selectable).
 */
export function enableCopyButtons(root: ParentNode): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy ?? '');
      const text = source?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        if (source) {
          const range = document.createRange();
          range.selectNodeContents(source);
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
        }
        if (status) status.textContent = 'Copying is blocked here: the text is selected, press Ctrl+C (or ⌘C).';
      }
    });
  }
}
