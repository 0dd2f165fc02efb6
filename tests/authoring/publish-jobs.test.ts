import { describe, expect, it } from 'vitest';
import type { PublishOutcome } from '../../src/editor/publish';
import { formToken, resultOf, seen, submit, unseenResult } from '../../src/editor/publish-jobs';

// The « Publier » page's guard: each form publishes once, one publication at a time.

describe('one publication per form, one at a time', () => {
  it('a form sent twice publishes once; another form sent meanwhile is told to wait; an unknown form is refused', async () => {
    let runs = 0;
    let finish: (outcome: PublishOutcome) => void = () => undefined;
    const run = () => {
      runs++;
      return new Promise<PublishOutcome>((resolve) => (finish = resolve));
    };
    const first = formToken();
    const second = formToken();
    expect(submit(first, run)).toBe('started');
    expect(submit(first, run)).toBe('again');
    expect(submit(second, run)).toBe('started');
    expect(submit('inconnu', run)).toBe('stale');
    expect(runs).toBe(1);
    expect(await resultOf(second)).toEqual({ status: 'busy' });
    // The running publication's result is the one a reloaded page shows, until a page has shown it.
    expect(unseenResult()).toBe(first);
    finish({ status: 'up-to-date', integrated: 0 });
    expect(await resultOf(first)).toEqual({ status: 'up-to-date', integrated: 0 });
    seen(first);
    expect(unseenResult()).toBeUndefined();
    // Once it ended, a new form publishes again.
    const third = formToken();
    expect(submit(third, async () => ({ status: 'up-to-date', integrated: 2 }))).toBe('started');
    expect(await resultOf(third)).toEqual({ status: 'up-to-date', integrated: 2 });
  });
});
