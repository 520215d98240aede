// A page drawn for a hall's projector (no header): the dark background behind everything, also past
// the page's ends on a phone, and Escape back to `back` — unless in full screen, where Escape leaves that.
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import './hall-screen.css';

export function useHallScreen(back: string) {
  const [, navigate] = useLocation();
  useEffect(() => {
    document.documentElement.classList.add('projector-root');
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !document.fullscreenElement && navigate(back);
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('projector-root');
      window.removeEventListener('keydown', onKey);
    };
  }, [back, navigate]);
}
