/* The app's own script: small, and loaded from the app itself (the Content Security Policy allows no inline code
   but PrimeFaces' own, with nonces). */
window.App = window.App || {
    /**
     * Writes a list's filter into the address bar without reloading, so that the address always names what the page
     * shows: it can be bookmarked, sent, or reloaded. Empty values are left out.
     */
    showFilterInAddress: function (params) {
        if (!window.history || !window.history.replaceState) {
            return;
        }
        var query = new URLSearchParams();
        Object.keys(params).forEach(function (key) {
            if (params[key] !== null && params[key] !== undefined && String(params[key]).length > 0) {
                query.set(key, params[key]);
            }
        });
        var text = query.toString();
        window.history.replaceState(null, '', window.location.pathname + (text ? '?' + text : ''));
    }
};

/* A text area with data-limit counts its characters as people type (as the server counts them: UTF-16 units) into
   the element named by data-counter, without cutting off what is pasted: a draft over the limit is kept and said to
   be too long. */
document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field || !field.getAttribute || !field.getAttribute('data-limit')) {
        return;
    }
    var counter = document.getElementById(field.getAttribute('data-counter'));
    if (!counter) {
        return;
    }
    var left = Number(field.getAttribute('data-limit')) - field.value.length;
    var template = field.getAttribute(left >= 0 ? 'data-left' : 'data-over');
    counter.textContent = template.replace('{0}', Math.abs(left).toLocaleString('en-AU'));
});

/* The posts calendar (PrimeFaces schedule, FullCalendar underneath): a day's cell names itself by its date only, so
   that a cell holding posts is not announced as the date while it shows their titles; each post is a link whose
   name is its state and title, as shown. */
function postCalendarOptions() {
    this.cfg.options.dayCellDidMount = function (arg) {
        arg.el.removeAttribute('aria-labelledby');
    };
}
