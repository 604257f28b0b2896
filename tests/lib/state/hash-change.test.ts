// A link opened in the same tab changes only the fragment: every part of the page that reads
// it follows, in the order it asked, through one listener.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followHash } from '../../../src/lib/state/hash-change';

function fakeWindow() {
  const target = new EventTarget();
  const add = vi.spyOn(target, 'addEventListener');
  const remove = vi.spyOn(target, 'removeEventListener');
  const location = { hash: '' };
  vi.stubGlobal('window', target);
  vi.stubGlobal('location', location);
  const go = (hash: string) => {
    location.hash = hash;
    target.dispatchEvent(new Event('hashchange'));
  };
  return { go, add, remove };
}

afterEach(() => vi.unstubAllGlobals());

describe('following the fragment', () => {
  it('tells every follower the new fragment, in the order they asked, with one listener', () => {
    const { go, add } = fakeWindow();
    const heard: string[] = [];
    const stops = [
      followHash((hash) => heard.push(`language ${hash}`)),
      followHash((hash) => heard.push(`dataset ${hash}`)),
      followHash((hash) => heard.push(`notebook ${hash}`)),
    ];
    go('#lang=fa&data=shop');
    expect(heard).toEqual([
      'language #lang=fa&data=shop',
      'dataset #lang=fa&data=shop',
      'notebook #lang=fa&data=shop',
    ]);
    expect(add).toHaveBeenCalledTimes(1);
    for (const stop of stops) stop();
  });

  it('stops telling a follower that stopped, and lets go of the window after the last', () => {
    const { go, remove } = fakeWindow();
    const heard: string[] = [];
    const stopFirst = followHash((hash) => heard.push(`first ${hash}`));
    const stopSecond = followHash((hash) => heard.push(`second ${hash}`));
    stopFirst();
    go('#data=shop');
    expect(heard).toEqual(['second #data=shop']);
    expect(remove).not.toHaveBeenCalled();
    stopSecond();
    expect(remove).toHaveBeenCalledTimes(1);
    go('#data=other');
    expect(heard).toEqual(['second #data=shop']);
  });

  it('does nothing outside a browser (the command line, the unit tests)', () => {
    expect(() => followHash(() => {})()).not.toThrow();
  });
});
