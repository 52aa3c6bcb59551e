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
