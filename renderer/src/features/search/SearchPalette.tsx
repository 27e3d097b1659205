// The search box in the header (F5): results as you type in a listbox under it, arrow keys to
// move, Enter to open, Esc to close; Ctrl/Cmd+K (or the menu's Search command) focuses it from
// anywhere. A pasted concept ID or code opens its concept card at once (F6).
import { useEffect, useId, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { linkToItem, linkToSearch, useRouteStore } from '../../app/router';
import { useShellStore } from '../../app/shell-store';
import { looksLikeIdOrCode } from '../lookup/lookup';
import { PaletteList } from './PaletteList';
import { hitTarget, paletteOptions, type PaletteOption } from './palette-options';
import { PaletteStatus } from './PaletteStatus';
import { lookupStore, paletteStore } from './stores';
import './search.css';

export function SearchPalette() {
  const { t } = useTranslation('search');
  // Words that do not change as one types, translated once per language.
  const words = useMemo(() => ({ label: t('box.label'), placeholder: t('box.placeholder'), results: t('box.results'), hint: t('box.hint') }), [t]);
  const s = useStore(paletteStore);
  const lookup = useStore(lookupStore);
  const goTo = useRouteStore((r) => r.navigate);
  // Pages the box itself opened (a hit, all results, a pasted ID) keep the query; any other page
  // starts with an empty box, so an old query does not sit over an unrelated page.
  const ownNavigation = useRef(false);
  const navigate = (href: string) => ((ownNavigation.current = true), goTo(href));
  const searchRequests = useShellStore((r) => r.searchRequests);
  const hash = useRouteStore((r) => r.hash);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  // The same option objects until the next answer, and an answer keeps the objects of the rows it
  // shows again: their rows are not rendered again.
  const shownOptions = useRef<PaletteOption[]>([]);
  const options = useMemo(() => (shownOptions.current = paletteOptions(s.shownQuery, s.result, shownOptions.current)), [s.shownQuery, s.result]);
  const expanded = s.open && s.query.trim() !== '' && s.status !== 'idle';
  const palette = useRef<HTMLFormElement>(null);
  useEffect(() => keepInWindow(palette.current), []);
  const active = options[s.active];

  // Ctrl/Cmd+K and the menu command: focus the box and select what is in it. In the next frame,
  // so the box wins over a page that also reacts to the command.
  useEffect(() => {
    if (searchRequests === 0) return;
    const frame = requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.select();
      paletteStore.getState().setOpen(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [searchRequests]);

  // Whatever opened a page (a hit, a link, back/forward) closes the list.
  useEffect(() => {
    paletteStore.getState().setOpen(false);
    const own = ownNavigation.current;
    ownNavigation.current = false;
    if (!own && paletteStore.getState().query !== '' && document.activeElement !== input.current) paletteStore.getState().load('', paletteStore.getState().filters);
  }, [hash]);

  // Only when the active row changes (measuring lays the page out, not to be paid per keystroke),
  // and only the list scrolls: scrollIntoView also scrolled the page sideways under a wide popup.
  useEffect(() => {
    const o = options[s.active];
    const row = o && document.getElementById(`${listId}-${o.id}`);
    const list = row?.parentElement;
    if (!row || !list) return;
    const r = row.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    if (r.top < l.top) list.scrollTop -= l.top - r.top;
    else if (r.bottom > l.bottom) list.scrollTop += r.bottom - l.bottom;
  }, [s.active]); // eslint-disable-line react-hooks/exhaustive-deps

  const pendingEnter = useRef(false);
  useEffect(() => {
    if (!pendingEnter.current || s.shownQuery !== s.query || s.status === 'loading') return;
    pendingEnter.current = false;
    choose(options[0]);
  });

  const choose = (o: PaletteOption | undefined) => {
    if (!o) {
      if (s.query.trim()) navigate(linkToSearch(s.query));
      s.setOpen(false);
      return;
    }
    if (o.type === 'suggestion') return s.setQuery(o.text);
    if (o.type === 'literal') return s.searchLiteral();
    navigate(o.type === 'hit' ? linkToItem(hitTarget(o.hit)) : linkToSearch(o.query));
    s.setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      s.move(e.key === 'ArrowDown' ? 1 : -1, options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Typed fast (an ID, then Enter): the answer to the full text is still coming; open its
      // first hit when it arrives rather than a hit of the shorter text on screen.
      if (s.shownQuery !== s.query && s.active === 0 && s.query.trim()) pendingEnter.current = true;
      else choose(expanded ? active : undefined);
    } else if (e.key === 'Escape') {
      if (expanded) s.setOpen(false);
      else input.current?.blur();
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    if (!looksLikeIdOrCode(text)) return;
    void lookupStore
      .getState()
      .resolve(text)
      .then((target) => {
        if (!target) return;
        s.setOpen(false);
        navigate(linkToItem(target));
      });
  };

  const hitCount = s.result?.hits.length ?? 0;
  return (
    // Its own form: Chromium's form tracking reads the changed box's form after each keystroke (a
    // task before the next one); outside a form that is every unowned control of the page.
    <form className="search-palette" ref={palette} onSubmit={(e) => e.preventDefault()}>
      <input
        ref={input}
        type="search"
        role="combobox"
        data-testid="search-box"
        aria-label={words.label}
        placeholder={words.placeholder}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active ? `${listId}-${active.id}` : undefined}
        value={s.query}
        onChange={(e) => s.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onFocus={() => (placePopup(palette.current), s.query && s.setOpen(true))}
        onBlur={() => s.setOpen(false)}
        spellCheck={false}
        autoComplete="off"
      />
      <div className="palette-popup" hidden={!expanded}>
        <PaletteList listId={listId} label={words.results} options={options} active={s.active} query={s.shownQuery} status={s.status} source={s.source} onActive={s.setActive} onChoose={choose} />
        <PaletteStatus
          error={s.status === 'error' ? (s.error ?? '') : null}
          expanded={expanded}
          corrected={s.result?.corrected ?? null}
          resultsFor={s.result?.resultsFor ?? null}
          count={hitCount}
          noneFor={hitCount === 0 || s.result?.resultsFor !== undefined ? s.shownQuery : ''}
          opening={lookup.status === 'resolving' ? lookup.text : null}
        />
        <p className="palette-hint" aria-hidden="true">
          {words.hint}
        </p>
      </div>
    </form>
  );
}

/**
 * The popup opens under the box's left edge; where the window is too narrow, it moves left
 * (search.css, from these two lengths). Measured when the box gets focus and when the window is
 * resized, never as results arrive: a measure then would lay out the new rows within the keystroke.
 */
function placePopup(el: HTMLElement | null): void {
  if (!el) return;
  const left = el.getBoundingClientRect().left;
  el.style.setProperty('--palette-left', `${left}px`);
  el.style.setProperty('--palette-room', `${document.documentElement.clientWidth - 8 - left}px`);
}

function keepInWindow(el: HTMLElement | null): () => void {
  const place = () => placePopup(el);
  place();
  window.addEventListener('resize', place);
  return () => window.removeEventListener('resize', place);
}
