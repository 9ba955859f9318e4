import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that shows and hides a panel below it (the Add and Export menus): a press outside
 * closes it, and so does Escape, on the button as in the panel, which gives the focus back to
 * the button.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return { open, setOpen, rootRef, buttonRef, closeOnEscape };
}
