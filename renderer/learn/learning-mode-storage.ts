/** Where learning mode is remembered between starts (localStorage, like the language and the side split). */
export const LEARNING_MODE_KEY = 'eks-sandbox.learningMode';

/** Whether learning mode was left on; off when nothing (or something unreadable) is stored. */
export function storedLearningMode(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(LEARNING_MODE_KEY) === 'on';
  } catch {
    // Storage can be refused (privacy settings); learning mode then starts off.
    return false;
  }
}

export function storeLearningMode(storage: Pick<Storage, 'setItem'> | undefined, on: boolean): void {
  try {
    storage?.setItem(LEARNING_MODE_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered, but still switched for this session.
  }
}
