/**
 * Words too common to tell stories apart, per language, already folded (src/search/fold.ts).
 * Dropped from both the index and queries, so phrases still match across them.
 */
export const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  uk: new Set(
    (
      'а або але б би бо був була були було бути в вам вас ви від він вона вони воно все всі вже для до його її їх з за ' +
      'і й із їй ми на над не ні но нас нам ну о об од он оце от по під при про та так там те теж то тим тих ту тут у ' +
      'хоч це цей ці цього чи що щоб як який яка яке які якщо я є ж же між через після перед коли де там тому також'
    ).split(' '),
  ),
  ru: new Set(
    (
      'а без бы был была были было быть в вам вас вот все всё вы где да даже для до его ее её если есть ещё еще же за ' +
      'и из или им их к как ко когда кто ли между мы на над не нет ни но ну о об он она они оно от по под после при ' +
      'про с со так также там те тем то того тоже только том ту тут у уже хотя чего чем что чтобы это этот эта эти я'
    )
      .split(' ')
      .map((w) => w.replace(/ё/g, 'е')),
  ),
  en: new Set(
    (
      'a about after all also an and any are as at be been before being but by can could did do does for from had has ' +
      'have he her his how i if in into is it its just me more most my no not of on or our out over she so than that ' +
      'the their them then there these they this those through to too under up very was we were what when where which ' +
      'while who will with would you your'
    ).split(' '),
  ),
}
