#!/usr/bin/env python3
"""Markdown-ish text from a PDF, the way a simple converter makes it: pdftohtml -xml (poppler) gives the text
runs with their fonts and positions; runs on one baseline make a line, lines close together make a block,
large bold blocks become # headings, bold/italic runs become ** and *, small raised digits become <sup>,
runs with wide gaps on one line become pipe-table cells, bullets become list items. Page furniture (running
heads, footers, page numbers) is kept where the page has it; nothing is reordered or dropped."""
import re, subprocess, sys, html
import xml.etree.ElementTree as ET
from collections import Counter

def runs_of(pdf):
    xml = subprocess.run(['pdftohtml', '-xml', '-i', '-q', '-stdout', pdf], capture_output=True, text=True).stdout
    xml = re.sub(r'<!DOCTYPE[^>]*>', '', xml)
    root = ET.fromstring(xml)
    fonts, pages = {}, []
    for page in root.iter('page'):
        for f in page.iter('fontspec'):
            fonts[f.get('id')] = int(f.get('size'))
        runs = []
        for t in page.iter('text'):
            runs.append(dict(top=int(t.get('top')), left=int(t.get('left')), width=int(t.get('width')),
                             height=int(t.get('height')), size=fonts[t.get('font')], md=inline(t),
                             plain=''.join(t.itertext()), bold=all_bold(t)))
        pages.append(runs)
    return pages

def inline(el):
    out = html.escape(el.text or '', quote=False) if False else (el.text or '')
    for child in el:
        out += wrap(child)
        out += child.tail or ''
    return out

def wrap(el):
    inner = inline(el)
    mark = {'b': '**', 'i': '*'}.get(el.tag, '')
    if not mark or not inner.strip():
        return inner
    lead = inner[:len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()):]
    return lead + mark + inner.strip() + mark + trail

def all_bold(el):
    text = ''.join(el.itertext()).strip()
    bold = ''.join(''.join(b.itertext()) for b in el.iter('b')).strip()
    return bool(text) and len(bold) >= len(text) - 1

def convert(pdf):
    pages = runs_of(pdf)
    sizes = Counter()
    for runs in pages:
        for r in runs:
            sizes[r['size']] += len(r['plain'])
    body = sizes.most_common(1)[0][0]
    title_size = max((r['size'] for r in pages[0] if r['plain'].strip()), default=body)
    out = []
    for runs in pages:
        lines = []
        for r in runs:
            if not r['plain'].strip():
                if lines and r['top'] <= lines[-1]['top'] + 3 and lines[-1]['cells']:
                    lines[-1]['cells'][-1] += ' '
                continue
            prev = lines[-1] if lines else None
            if (prev and r['size'] < body * 0.8 and re.fullmatch(r'\s*[0-9]{1,3}\s*|\s*[a-z]\s*', r['plain'])
                    and prev['top'] - 6 <= r['top'] <= prev['top'] + 4 and r['left'] >= prev['right'] - 3):
                prev['cells'][-1] = prev['cells'][-1].rstrip() + '<sup>' + r['plain'].strip() + '</sup>'
                prev['right'] = r['left'] + r['width']
                continue
            if prev and abs(r['top'] - prev['top']) <= 4 and r['left'] >= prev['right'] - 3:
                if r['left'] > prev['right'] + 14:
                    prev['cells'].append(r['md'])
                else:
                    prev['cells'][-1] += r['md']
                prev['right'] = r['left'] + r['width']
                prev['bold'] = prev['bold'] and r['bold']
                prev['size'] = max(prev['size'], r['size'])
                continue
            lines.append(dict(top=r['top'], left=r['left'], right=r['left'] + r['width'], height=r['height'],
                              size=r['size'], bold=r['bold'], cells=[r['md']]))
        blocks, block = [], None
        for line in lines:
            kind = line_kind(line, body, title_size)
            if block is not None:
                last = block['lines'][-1]
                gap = line['top'] - (last['top'] + last['height'])
                joins = (0 <= gap <= max(6, last['height'] * 0.45) and kind == block['kind']
                         and abs(line['left'] - last['left']) < 60 and kind not in ('bullet',))
                if kind == 'text' and block['kind'] == 'bullet' and 0 <= gap <= 6 and line['left'] > block['lines'][0]['left']:
                    joins = True
                if kind == 'row' and block['kind'] in ('row',) and 0 <= gap <= 14:
                    joins = True
                if joins:
                    block['lines'].append(line)
                    continue
            block = dict(kind=kind, lines=[line])
            blocks.append(block)
        for b in blocks:
            out.append(render(b))
        out.append('')
    text = '\n\n'.join(x for x in out if x is not None)
    return re.sub(r'\n{3,}', '\n\n', text).strip() + '\n'

def line_kind(line, body, title_size):
    text = ' '.join(line['cells']).strip()
    if line['cells'][0].strip() in ('•', '\uf0b7', '▪', '-', '–', 'o'):
        line['cells'] = ['• ' + ' '.join(c.strip() for c in line['cells'][1:])]
        return 'bullet'
    if len(line['cells']) >= 2:
        return 'row'
    if text.startswith('•') or text.startswith('\uf0b7'):
        return 'bullet'
    if line['bold'] and line['size'] >= title_size and title_size > body + 4:
        return 'title'
    if line['bold'] and line['size'] > body:
        return 'head'
    return 'text'

def joined(texts):
    out = ''
    for t in texts:
        t = t.strip()
        if not out:
            out = t
        elif re.search(r'[A-Za-z]-$', out):
            out += t
        else:
            out += ' ' + t
    return re.sub(r'\*\*\s*\*\*', ' ', out).replace('** **', ' ')

def render(b):
    kind = b['kind']
    if kind == 'row':
        rows = ['| ' + ' | '.join(c.strip() for c in l['cells']) + ' |' for l in b['lines']]
        if len(rows) > 1:
            width = len(b['lines'][0]['cells'])
            rows.insert(1, '|' + ' --- |' * width)
        return '\n'.join(rows)
    text = joined(' '.join(l['cells']) for l in b['lines'])
    text = text.replace('** **', ' ')
    if kind == 'title':
        return '## ' + strip_bold(text)
    if kind == 'head':
        return '### ' + strip_bold(text)
    if kind == 'bullet':
        return '- ' + re.sub(r'^[•\uf0b7]\s*', '', text)
    return text

def strip_bold(text):
    return re.sub(r'\*\*', '', text).strip()

if __name__ == '__main__':
    sys.stdout.write(convert(sys.argv[1]))
