// « Écouter » itself, fetched the first time the button is pressed (src/scripts/listen.ts): plays
// the displayed drawing's values as tones with the Web Audio API (listen-data.ts says which, and
// their pitch), a timbre per series; the button turns into « Arrêter » while it plays; Escape stops;
// the arrow keys (Home, End) step value by value. The live region (polite) says, while the chart
// plays, only each series as it starts and the end: a tone every 0.3 s announced each time would
// pile up in a screen reader's queue and go on long after the sound. Each value stepped to is said.

import { listenStrings as say } from '../strings';
import { dataMarks, frequencies, marksTones, pointsTones, type Tone } from './listen-data';

/** Each series' timbre, in order (a fifth series takes the first's again). */
const waves: OscillatorType[] = ['sine', 'square', 'sawtooth', 'triangle'];
/** Loudness of each timbre, so that they sound alike (square and sawtooth are richer, so louder). */
const peaks: Partial<Record<OscillatorType, number>> = { sine: 0.3, square: 0.07, sawtooth: 0.08, triangle: 0.3 };
/** Seconds: a tone, from one tone's start to the next, and the silence added between two series. */
const toneLength = 0.22;
const toneStep = 0.3;
const seriesPause = 0.5;

/**
 * Takes over one chart's « Écouter » box, first pressed (`audio` was made in that press: browsers
 * allow sound only then), and plays: from now on a press plays every value from the first, or
 * stops if it was playing; the arrows (Home, End) play one value.
 */
export function listen(box: HTMLElement, audio: AudioContext): void {
  const figure = box.closest('figure') ?? document.body;
  // The box (ListenButton.astro): the button (its visible text, then its hidden rest), the live region.
  const button = box.querySelector('button')!;
  const [text, name] = button.children as unknown as [HTMLElement, HTMLElement];
  const live = box.lastElementChild!;
  const said = { text: text.textContent, name: name.textContent };
  // The keys, told to assistive technologies from now on (the page does not carry their text).
  const hint = document.createElement('span');
  hint.id = `${figure.id}-ecouter`;
  hint.hidden = true;
  hint.textContent = say.keys;
  box.append(hint);
  button.setAttribute('aria-describedby', hint.id);
  const data = box.dataset;

  /** The values of the drawing on screen (narrow or wide), each with its mark. */
  const read = () => {
    const drawing = [...figure.querySelectorAll('.figure__drawing')].find((d) => d.getClientRects().length > 0);
    const elements = drawing ? [...drawing.querySelectorAll<SVGElement>(dataMarks)] : [];
    const marks = elements.map((e) => ({ label: e.getAttribute('data-label') ?? '', value: e.getAttribute('data-value') ?? '' }));
    const tones = data.listen === 'points' ? pointsTones(marks) : marksTones(marks, data.skip ? data.skip.split('\n') : []);
    return { elements, tones, pitch: frequencies(tones) };
  };

  let playing: { oscillators: OscillatorNode[]; timers: number[]; output: AudioNode } | undefined;
  /** The tone the reader is on (the last one heard), for stepping. */
  let at = -1;
  /** The series of the last value announced: the next announcement names its series when it differs. */
  let lastSeries: string | undefined;
  /** The mark sounding, outlined (through the CSSOM, which a CSP allows; marks have no style of their own) in the page’s ink, as the keyboard’s current mark. */
  let sounding: SVGElement | undefined;
  const outline = (mark: SVGElement | undefined) => {
    sounding?.removeAttribute('style');
    sounding = mark;
    if (mark) {
      mark.style.outline = '3px solid';
      mark.style.outlineOffset = '2px';
    }
  };

  /** A tone sounding: its mark outlined; its value said when stepped to (`value`), else only its series when it starts one. */
  const announce = (tone: Tone, mark: SVGElement | undefined, value: boolean) => {
    const series = tone.series && tone.series !== lastSeries ? say.series(tone.series) : '';
    lastSeries = tone.series;
    if (value) live.textContent = series ? `${series} ${tone.said}` : tone.said;
    else if (series) live.textContent = series;
    outline(mark);
  };

  const sound = (output: AudioNode, frequency: number, wave: OscillatorType, when: number): OscillatorNode => {
    const oscillator = audio.createOscillator();
    oscillator.type = wave;
    oscillator.frequency.value = frequency;
    const gain = audio.createGain();
    const peak = peaks[wave] ?? 0.1;
    // A short rise and fall, so that tones start and end without a click.
    gain.gain.setValueAtTime(0, when);
    gain.gain.linearRampToValueAtTime(peak, when + 0.02);
    gain.gain.setValueAtTime(peak, when + toneLength - 0.06);
    gain.gain.linearRampToValueAtTime(0, when + toneLength);
    oscillator.connect(gain).connect(output);
    oscillator.start(when);
    oscillator.stop(when + toneLength);
    return oscillator;
  };

  const setButton = (on: boolean) => {
    text.textContent = on ? say.stop : said.text;
    name.textContent = on ? ` ${say.stopName}` : said.name;
    box.toggleAttribute('data-playing', on);
  };

  /** Silences everything scheduled; says `message` if given; the value stepped to stays outlined if `keep`. */
  const stop = (message?: string, keep = false) => {
    if (!playing) return;
    for (const oscillator of playing.oscillators) oscillator.stop();
    playing.output.disconnect();
    for (const timer of playing.timers) clearTimeout(timer);
    playing = undefined;
    if (!keep) outline(undefined);
    setButton(false);
    if (message) live.textContent = message;
  };

  /** Plays tones [from, to) of the drawing, one after the other, with a pause between series. */
  const play = (from: number, to?: number) => {
    stop();
    void audio.resume();
    const { elements, tones, pitch } = read();
    const end = Math.min(to ?? tones.length, tones.length);
    if (from >= end) return;
    const output = audio.createGain();
    output.connect(audio.destination);
    const start = audio.currentTime + 0.05;
    const oscillators: OscillatorNode[] = [];
    const timers: number[] = [];
    let offset = 0;
    for (let i = from; i < end; i++) {
      const tone = tones[i]!;
      if (i > from && tone.seriesIndex !== tones[i - 1]!.seriesIndex) offset += seriesPause;
      oscillators.push(sound(output, pitch[i]!, waves[tone.seriesIndex % waves.length]!, start + offset));
      timers.push(
        window.setTimeout(() => {
          at = i;
          announce(tone, elements[tone.mark], end - from === 1);
        }, offset * 1000),
      );
      offset += toneStep;
    }
    const whole = end - from > 1;
    // A whole reading ends by saying so; a single value stays announced and outlined.
    timers.push(window.setTimeout(() => stop(whole ? say.ended : undefined, !whole), (offset + 0.05) * 1000));
    playing = { oscillators, timers, output };
    if (whole) setButton(true);
  };

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (playing) stop(say.stopped);
    outline(undefined);
  });
  button.addEventListener('blur', () => outline(undefined));

  const press = () => {
    if (playing && box.hasAttribute('data-playing')) stop(say.stopped);
    else {
      lastSeries = undefined;
      play(0);
    }
  };
  button.addEventListener('click', press);
  button.addEventListener('keydown', (event) => {
    const last = read().tones.length - 1;
    const key = event.key;
    if (key === 'Home') at = 0;
    else if (key === 'End') at = last;
    else if (key === 'ArrowRight' || key === 'ArrowDown') at = at < 0 ? 0 : Math.min(at + 1, last);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') at = at < 0 ? last : Math.max(at - 1, 0);
    else return;
    event.preventDefault();
    if (last >= 0) play(at, at + 1);
  });
  press();
}
