// Sends one change of a forum (add a session, an item, a point; remove one) and reloads the page's data;
// a refusal is kept (not its text), so switching language re-words it.
import { useState } from 'react';
import { api } from '../../shared/api/client';

export function useSend(onChange: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async (path: string, method: 'POST' | 'DELETE', body?: object): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await api(path, { method, body });
      onChange();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { send, error, busy };
}

/** A moment in Viet Nam's time as the API takes it: "2027-03-15T08:30:00+07:00". */
export const vietnamTime = (day: string, time: string) => `${day}T${time}:00+07:00`;

/** Names typed one per line or separated by ";". */
export const names = (text: string) => text.split(/[;\n]/).map((n) => n.trim()).filter(Boolean);
