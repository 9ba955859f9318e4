import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { search, type SearchResult } from '../../model/search';
import { selectSearchIndex } from '../../store/selectors';
import { useStore } from '../../store/store';
import './SearchBox.css';

const MAX_RESULTS = 20;

/** Whether a key pressed there is typing: "/" then belongs to the field, not to the shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/**
 * Search for actors (by name or alias) and claims, as an ARIA 1.2 combobox with a list of results
 * that follows the typing. Choosing a result selects it in the store, even when the filters hide
 * it: the graph centres what it shows and the details panel opens it. "/" elsewhere focuses it.
 */
export function SearchBox() {
  const searchIndex = useStore(selectSearchIndex);
  const select = useStore((s) => s.select);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  const results = useMemo(
    () => (searchIndex ? search(searchIndex, query, MAX_RESULTS) : []),
    [searchIndex, query],
  );
  const hasQuery = query.trim() !== '';
  const expanded = open && hasQuery && results.length > 0;
  const noMatches = open && hasQuery && searchIndex !== null && results.length === 0;
  const activeIndex = expanded && active < results.length ? active : -1;

  useEffect(function slashFocusesSearch() {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(
    function keepActiveOptionInView() {
      if (activeIndex < 0) return;
      document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView?.({
        block: 'nearest',
      });
    },
    [activeIndex, baseId],
  );

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    select({ type: result.type, id: result.id });
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!hasQuery || count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down ? 0 : count - 1);
        } else if (down) {
          setActive(activeIndex + 1 >= count ? 0 : activeIndex + 1);
        } else {
          setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        }
        return;
      }
      case 'Enter':
        if (!hasQuery || count === 0) return;
        event.preventDefault();
        choose(results[activeIndex >= 0 ? activeIndex : 0]);
        return;
      case 'Escape':
        // Handled here, so the app's Escape (clear the selection) leaves it alone.
        if (expanded || noMatches) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  };

  let announcement = '';
  if (expanded) {
    announcement =
      results.length === 1
        ? '1 result'
        : `${results.length} results${results.length === MAX_RESULTS ? ' or more' : ''}`;
  } else if (noMatches) {
    announcement = 'No matching actors or claims';
  }

  return (
    <div className="searchbox">
      <input
        ref={inputRef}
        type="text"
        className="searchbox-input"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-keyshortcuts="/"
        placeholder="Search actors and claims…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      {query === '' && (
        <kbd className="searchbox-key" aria-hidden="true">
          /
        </kbd>
      )}
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Search results"
        className="searchbox-popup searchbox-listbox"
        hidden={!expanded}
      >
        {expanded &&
          results.map((result, i) => {
            const viaAlias = result.type === 'actor' && result.matched !== result.label;
            return (
              <li
                key={`${result.type}:${result.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className="searchbox-option"
                // Keeps focus in the input, so the click does not blur it and close the list.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => {
                  if (i !== activeIndex) setActive(i);
                }}
                onClick={() => choose(result)}
              >
                <span className="searchbox-option-label">{result.label}</span>
                <span className="searchbox-option-meta">
                  <span className={`searchbox-type searchbox-type-${result.type}`}>
                    {result.type === 'actor' ? 'Actor' : 'Claim'}
                  </span>
                  {result.detail !== undefined && (
                    <span className="searchbox-detail">{result.detail}</span>
                  )}
                  {viaAlias && (
                    <span className="searchbox-alias">
                      alias {'\u201C'}
                      {result.matched}
                      {'\u201D'}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
      </ul>
      {noMatches && <p className="searchbox-popup searchbox-empty">No matches</p>}
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
