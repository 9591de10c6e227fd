/** Generated hostile strings for URL parameters (fixed seed): markup, script URLs, huge values, bad encodings, unicode edge cases. */
import { pick, seeded } from './random.js';

const MARKUP = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</script><script>alert(1)</script>', "'><iframe src=javascript:alert(1)>", '<a href="javascript:alert(1)">x</a>', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '<details open ontoggle=alert(1)>', '<style>*{display:none}</style>', '<!--', ']]>', '&lt;b&gt;', '<b>bold</b>'];
const URLS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'https://evil.example'];
const BAD_ENCODING = ['%', '%%', '%E0%A4%A', '%ZZ', '%C0%AF', '%ED%A0%80', '%FF%FE', '%00', '%0A%0D', '%2525', '%u202E'];
const UNICODE = ['\u202e', '\u200b', '\u2066', '\ufeff', '\u0000', 'e\u0301\u0301\u0301', '👩‍👩‍👧', '𝕏', 'Ⅻ', 'ǅ', 'İ', 'ß', '人身売買', 'عربى', 'שלום', '\ud800', '\u0085', '\u2028'];
const SLUGS = ['germany', 'austria', 'un-trafficking-protocol', 'GERMANY', ' germany ', 'germany,', ',,', 'a'.repeat(60)];

/** `n` hostile strings, reproducible from `seed`. */
export function hostileStrings(n: number, seed = 1): string[] {
  const rand = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = Math.floor(rand() * 6);
    const parts = Math.floor(rand() * 3) + 1;
    let s = '';
    for (let k = 0; k < parts; k++) {
      switch (kind) {
        case 0:
          s += pick(rand, MARKUP);
          break;
        case 1:
          s += pick(rand, URLS);
          break;
        case 2:
          s += pick(rand, BAD_ENCODING);
          break;
        case 3:
          s += pick(rand, UNICODE);
          break;
        case 4:
          s += (rand() < 0.5 ? 'x' : ',').repeat(1000 + Math.floor(rand() * 4000));
          break;
        default:
          s += `${pick(rand, SLUGS)}${pick(rand, [',', ';', ' ', '&', '#', '=', '+'])}${pick(rand, [...MARKUP, ...UNICODE, ...SLUGS])}`;
      }
    }
    out.push(s);
  }
  return out;
}
