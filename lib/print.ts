/**
 * Runs on every page: printing opens each closed <details> (paper cannot be clicked open) and closes
 * them again afterwards. Browsers with ::details-content do this in CSS alone (globals.css); this is
 * for the others. Inlined into <head>, so it is tiny and dependency-free.
 */
export const PRINT_SCRIPT = `addEventListener('beforeprint',function(){document.querySelectorAll('details:not([open])').forEach(function(d){d.open=true;d.dataset.printOpened=''})});addEventListener('afterprint',function(){document.querySelectorAll('details[data-print-opened]').forEach(function(d){d.open=false;delete d.dataset.printOpened})})`
