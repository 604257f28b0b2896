// The page's one `hashchange` listener. A link opened in the same tab changes only the
// fragment: the language, the hosted dataset and the notebook each follow it, in the order
// they asked to.
type Follower = (hash: string) => void;

const followers: Follower[] = [];
const changed = () => {
  for (const follower of [...followers]) follower(location.hash);
};

/** Call `follower` with the new fragment whenever it changes; returns the function that stops. */
export function followHash(follower: Follower): () => void {
  if (typeof window === 'undefined') return () => {};
  if (followers.length === 0) window.addEventListener('hashchange', changed);
  followers.push(follower);
  return () => {
    const at = followers.indexOf(follower);
    if (at >= 0) followers.splice(at, 1);
    if (followers.length === 0) window.removeEventListener('hashchange', changed);
  };
}
