/** Escaping per target format: user text never becomes a ping, a mention, a link, markup or a terminal command. */
import { escapeMarkdown, escapePlain, escapeSlack, isSafeUrl } from '../../../shared';

describe('escapeSlack', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here> and <!everyone>', '&lt;!here&gt; and &lt;!everyone&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<#C123|general>', '&lt;#C123|general&gt;'],
    ['<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
    ['a & b', 'a &amp; b'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
  ])('%j → %j', (input, out) => {
    expect(escapeSlack(input)).toBe(out);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<!channel>', '&lt;!channel>'],
    ['<@U123>', '&lt;@U123>'],
    ['<https://evil.example|click>', '&lt;https\\://evil.example|click>'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert(1))'],
    ['![img](https://evil.example/x.png)', '!\\[img\\]\\(https\\://evil.example/x.png)'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['**bold** _it_ `code` ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~'],
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['| a | b |', '| a | b |'],
    ['a | b\n--- | ---', 'a \\| b\n--- \\| ---'],
    ['1. not a list', '1\\. not a list'],
    ['see www.evil.example or me@evil.example', 'see www\\.evil.example or me\\@evil.example'],
    ['bell\u0007 and esc\u001b[2J', 'bell and esc\\[2J'],
    ['5,000 users at 100%', '5,000 users at 100%'],
    ['a &amp; b & c', 'a &amp;amp; b & c'],
    ['C:\\path and \\*', 'C:\\path and \\\\\\*'],
    ['title #', 'title \\#'],
  ])('%j → %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });

  it.each([
    'VpnGw4AZ (Gen2)',
    '10.0.0.0/24',
    'high_utilisation',
    'IKEv2 and OpenVPN (SSL): UDP 500, 4500; TCP 443!',
    'a > b, 3 + 4 = 7, #1 choice, 50% of 1.5 Gbps',
    'VpnGw1–5 SKUs: migration window (2025-09-01 – 2026-09-30)',
  ])('leaves %j as typed: nothing in it changes the meaning', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });
});

describe('escapePlain', () => {
  it('drops control characters that could rewrite the terminal, keeps text and newlines', () => {
    expect(escapePlain('a\u001b[2Jb\u0007c\u009b31md\ne\tf')).toBe('a[2Jbc31md\ne\tf');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['http://localhost:3000/ask?q=sizing%205000%20users', true],
    ['https://vpn.example.com/docs/reference/virtual-wan#vwan-hub-p2s-users', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https://evil.example/a b', false],
    ['https://evil.example/<x>', false],
    ['//evil.example', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('escapeMarkdown at the start of a line', () => {
  it.each([
    ['- not a bullet', '\\- not a bullet'],
    ['---', '\\---'],
    ['2) not a list', '2\\) not a list'],
    ['first\n3. second', 'first\n3\\. second'],
  ])('%j → %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
});
