"""Browser-side behaviour, run by ``gr.HTML(js_on_load=...)`` (allowed by the CSP: no inline scripts).

The HTML the UI renders carries no event attributes (the Chatbot's sanitizer and the CSP would
drop them); it carries classes and ids, and these delegated listeners act on them:

- ``.gw-cite.gw-c-N`` ([N] in an answer, a JD or a KPI design): click or Enter opens source card N
  of the same scope (``.gw-scope`` or the chat message) and scrolls to it; hovering shows a preview
  of the passage on devices that can hover.
- ``.gw-copy``: copies the plain text (``.gw-plain`` of the same scope: answer and sources, no
  HTML) to the clipboard.
- ``.gw-viewer-close`` / Escape / a click on the backdrop: closes the "查看原文" dialog.
- ``.gw-fb``: marks the chosen thumb at once (the server stores it through a bridge).

A bridge (``bridge_js(cls)``) forwards clicks on elements of class ``cls`` to the server as the
HTML component's ``click`` event with the element's id, e.g. ``gw-view-<hex file>-<a>-<b>``; the
Python handler decodes and checks the id (it never trusts it).

Every text the scripts insert is set with ``textContent`` (never ``innerHTML``).
"""

from __future__ import annotations

import json

GLOBAL_JS = r"""
if (!window.__gwUi) {
  window.__gwUi = true;
  const scopeOf = (el) => el.closest('.gw-scope') || el.closest('.message-content') || el.closest('.message') || document;
  const numberOf = (el) => { const m = /(?:^|\s)gw-c-(\d+)(?:\s|$)/.exec(el.className || ''); return m ? m[1] : null; };
  const cardFor = (el) => {
    const n = numberOf(el); if (!n) return null;
    const scope = scopeOf(el);
    return scope.querySelector('.gw-src.gw-c-' + n) || document.querySelector('.gw-src.gw-c-' + n);
  };
  const openCard = (el) => {
    const card = cardFor(el); if (!card) return;
    card.open = true;
    card.classList.remove('gw-flash'); void card.offsetWidth; card.classList.add('gw-flash');
    card.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    const s = card.querySelector('summary'); if (s) { try { s.focus({preventScroll: true}); } catch (e) {} }
  };
  let tip = null;
  const hideTip = () => { if (tip) tip.style.display = 'none'; };
  const showTip = (el) => {
    const card = cardFor(el); if (!card) return;
    if (!tip) { tip = document.createElement('div'); tip.id = 'gw-tip'; tip.setAttribute('role', 'tooltip'); document.body.appendChild(tip); }
    tip.textContent = '';
    const head = document.createElement('div'); head.className = 'gw-tip-head';
    const summary = card.querySelector('summary'); head.textContent = summary ? summary.textContent.trim() : '';
    const body = document.createElement('div'); body.className = 'gw-tip-body';
    const passage = card.querySelector('.gw-src-passage'); let text = passage ? passage.textContent.trim() : '';
    if (text.length > 280) text = text.slice(0, 280) + '…';
    body.textContent = text;
    tip.appendChild(head); tip.appendChild(body);
    const r = el.getBoundingClientRect();
    tip.style.display = 'block';
    const w = Math.min(420, window.innerWidth - 16);
    tip.style.width = w + 'px';
    tip.style.left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
    const below = r.bottom + 8, h = tip.offsetHeight;
    tip.style.top = ((below + h < window.innerHeight) ? below : Math.max(8, r.top - h - 8)) + 'px';
  };
  const copyText = async (text) => {
    try { if (navigator.clipboard && window.isSecureContext) { await navigator.clipboard.writeText(text); return true; } } catch (e) {}
    const area = document.createElement('textarea'); area.value = text; area.setAttribute('readonly', '');
    area.style.position = 'fixed'; area.style.opacity = '0'; document.body.appendChild(area); area.select();
    let ok = false; try { ok = document.execCommand('copy'); } catch (e) {} area.remove(); return ok;
  };
  document.addEventListener('click', (ev) => {
    const t = ev.target; if (!(t instanceof Element)) return;
    const cite = t.closest('.gw-cite');
    if (cite) { ev.preventDefault(); hideTip(); openCard(cite); return; }
    const copy = t.closest('.gw-copy');
    if (copy) {
      ev.preventDefault();
      const plain = scopeOf(copy).querySelector('.gw-plain');
      const text = plain ? plain.textContent : '';
      const label = copy.dataset && copy.dataset.label ? copy.dataset.label : copy.textContent;
      copyText(text).then((ok) => {
        window.__gwCopied = text;
        copy.textContent = ok ? '已复制' : '复制失败，请手动选择文字';
        setTimeout(() => { copy.textContent = label; }, 1600);
      });
      return;
    }
    const close = t.closest('.gw-viewer-close');
    const viewer = t.closest('.gw-viewer');
    if (close || (viewer && t === viewer)) { ev.preventDefault(); if (viewer) viewer.classList.add('gw-closed'); return; }
    const fb = t.closest('.gw-fb');
    if (fb) { const row = fb.parentElement; if (row) row.querySelectorAll('.gw-fb').forEach((b) => b.classList.remove('gw-on')); fb.classList.add('gw-on'); }
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { document.querySelectorAll('.gw-viewer').forEach((v) => v.classList.add('gw-closed')); hideTip(); return; }
    const t = ev.target;
    if ((ev.key === 'Enter' || ev.key === ' ') && t instanceof Element && t.classList.contains('gw-cite')) { ev.preventDefault(); openCard(t); }
  });
  const canHover = window.matchMedia && window.matchMedia('(hover: hover)').matches;
  if (canHover) {
    document.addEventListener('mouseover', (ev) => { const t = ev.target instanceof Element ? ev.target.closest('.gw-cite') : null; if (t) showTip(t); });
    document.addEventListener('mouseout', (ev) => { const t = ev.target instanceof Element ? ev.target.closest('.gw-cite') : null; if (t) hideTip(); });
    document.addEventListener('scroll', hideTip, true);
  }
}
"""


def bridge_js(cls: str, name: str) -> str:
    """Forward clicks on ``.{cls}`` to this HTML component's ``click`` event as ``{id: element.id}``."""
    key = json.dumps(f"__gwBridge_{name}")
    selector = json.dumps(f".{cls}")
    return (
        f"window[{key}] = trigger;\n"
        f"if (!window[{key} + '_on']) {{\n"
        f"  window[{key} + '_on'] = true;\n"
        f"  document.addEventListener('click', (ev) => {{\n"
        f"    const el = ev.target instanceof Element ? ev.target.closest({selector}) : null;\n"
        f"    if (!el || !el.id) return;\n"
        f"    ev.preventDefault();\n"
        f"    if (el.classList.contains('gw-view')) {{ document.querySelectorAll('.gw-viewer').forEach((v) => v.classList.add('gw-closed')); }}\n"
        f"    window[{key}]('click', {{id: el.id}});\n"
        f"  }});\n"
        f"}}\n"
    )
