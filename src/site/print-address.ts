// Printed clause addresses (under each clause on paper, data-print-url and .print-url) carry the
// site's host when the build knew its origin. When it did not, they are site paths (/hefei/7/), and
// this completes them from the address the page was loaded from, so that a paper copy can be cited
// without an invented host. Run by every page (the header's script); with an origin there is
// nothing to complete.

export function completePrintAddresses(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-url^="/"]')) el.dataset.printUrl = location.host + el.dataset.printUrl;
  for (const el of document.querySelectorAll<HTMLElement>('.print-url')) if (el.textContent?.startsWith('/')) el.textContent = location.host + el.textContent;
}
