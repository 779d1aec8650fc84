(function(){var n=performance.getEntriesByType('navigation')[0];if(!location.hash&&n&&n.type==='navigate')document.documentElement.dataset.arrival='top'})();
