// Typing the forms of a batch: the text of every form, the form in hand, and the keys that move
// between forms (Enter to the next, ↑/↓, Backspace in an empty box back).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isDone, parseForm, type Rules, type TypedForm } from './forms';

export type EntryNote = { kind: 'allTyped' } | { kind: 'unfinished'; forms: number[] } | null;

export function useFormTyping(count: number, rules: Rules, restored: string[] | null) {
  const [texts, setTexts] = useState<string[]>(() => restored ?? Array.from({ length: count }, () => ''));
  const [at, setAt] = useState(0);
  // Enter was pressed on a form that is not finished: say what is wrong, not just what is missing.
  const [insist, setInsist] = useState(false);
  const [note, setNote] = useState<EntryNote>(null);
  const box = useRef<HTMLInputElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  const parsed: TypedForm[] = texts.map((text) => parseForm(text, rules));
  const unfinished = parsed.flatMap((form, i) => (isDone(form) ? [] : [i]));

  useEffect(() => {
    box.current?.focus();
  }, []);

  const go = (i: number) => {
    setAt(Math.max(0, Math.min(count - 1, i)));
    setInsist(false);
    setNote(null);
  };
  const toUnfinished = () => {
    go(unfinished[0]);
    setNote({ kind: 'unfinished', forms: unfinished });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!isDone(parsed[at])) return setInsist(true);
      if (at < count - 1) return go(at + 1);
      // The last form: on to saving, or back to the first form still to finish.
      if (unfinished.length === 0) {
        setNote({ kind: 'allTyped' });
        saveButton.current?.focus();
      } else toUnfinished();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      go(at + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'Backspace' && texts[at] === '' && at > 0) {
      event.preventDefault();
      go(at - 1);
    }
  };

  const type = (value: string) => {
    setTexts((all) => all.map((text, i) => (i === at ? value : text)));
    setInsist(false);
  };

  return { texts, at, insist, note, parsed, unfinished, box, saveButton, go, toUnfinished, onKeyDown, type };
}

export type FormTyping = ReturnType<typeof useFormTyping>;
