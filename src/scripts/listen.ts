// Shows each chart's « Écouter » button (src/components/ListenButton.astro) and, when it is first
// pressed, fetches the code that plays (listen-player.ts, a chunk of its own, with its texts),
// which then takes the button over: a page whose reader never presses it loads nothing more than
// these lines. The audio context is made in the press itself, as browsers require for sound.

for (const box of document.querySelectorAll<HTMLElement>('[data-listen]')) {
  box.querySelector('button')!.addEventListener(
    'click',
    () => {
      const audio = new AudioContext();
      void import('./listen-player').then((m) => m.listen(box, audio));
    },
    { once: true },
  );
  box.hidden = false;
}
