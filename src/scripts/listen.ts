// Shows each chart's « Écouter » button (src/components/ListenButton.astro) and, the first time it
// is pressed or receives an arrow key, fetches the code that plays (listen-player.ts, a chunk of
// its own): a page whose reader never presses it loads nothing more than these lines. The sound
// starts in the press itself, as browsers require.

import type { Player } from './listen-player';

const keys = /^(Arrow|Home$|End$)/;

for (const box of document.querySelectorAll<HTMLElement>('[data-listen]')) {
  const button = box.querySelector('button');
  if (!button) continue;
  let audio: AudioContext | undefined;
  let player: Promise<Player> | undefined;
  const load = () => {
    audio ??= window.AudioContext && new AudioContext();
    void audio?.resume();
    return (player ??= import('./listen-player').then((m) => m.attach(box, audio)));
  };
  button.addEventListener('click', () => void load().then((p) => p.press()));
  button.addEventListener('keydown', (event) => {
    if (!keys.test(event.key)) return;
    event.preventDefault();
    void load().then((p) => p.step(event.key));
  });
  box.hidden = false;
}
