// Draws a fair page's charts from the JSON the server embedded in it (no inline script:
// the pages' Content-Security-Policy allows scripts from the hub's own files only).
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var names = data.names;
  // Axis and tooltip numbers as the page writes them (1.600.000 in Vietnamese).
  var locale = document.documentElement.lang === "vi" ? "vi-VN" : "en-US";

  function draw(canvasId, series) {
    var canvas = document.getElementById(canvasId);
    if (!canvas) { return; }
    new Chart(canvas, {
      data: {
        labels: series.labels,
        datasets: [
          { type: "bar", label: names.revenue, data: series.revenue, yAxisID: "money",
            backgroundColor: "rgba(11, 110, 79, 0.6)" },
          { type: "line", label: names.visitors, data: series.visitors, yAxisID: "people",
            borderColor: "#c77700", backgroundColor: "#c77700", tension: 0 },
          { type: "line", label: names.sales, data: series.sales, yAxisID: "people",
            borderColor: "#1f5fa8", backgroundColor: "#1f5fa8", tension: 0 }
        ]
      },
      options: {
        animation: false,
        locale: locale,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          money: { type: "linear", position: "left", beginAtZero: true },
          people: { type: "linear", position: "right", beginAtZero: true,
                    grid: { drawOnChartArea: false } }
        }
      }
    });
  }

  draw("chart-days", data.days);
  draw("chart-hours", data.hours);
  document.documentElement.setAttribute("data-charts", "drawn");
}());
