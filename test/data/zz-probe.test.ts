describe('probe', () => {
  it('prints', () => {
    console.log(JSON.stringify(Intl.DateTimeFormat.supportedLocalesOf(['cy', 'cy-GB', 'ga', 'gd'])), new Intl.DateTimeFormat('cy').resolvedOptions().locale, navigator.language);
    console.log(JSON.stringify(Intl.NumberFormat.supportedLocalesOf(['cy'])), JSON.stringify(Intl.PluralRules.supportedLocalesOf(['cy'])));
    console.log(new Intl.NumberFormat('cy', {style:'currency', currency:'GBP'}).format(1340000));
  });
});
