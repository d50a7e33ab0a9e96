// Maps of fact sheets. The list of places next to each map works without JavaScript; Leaflet
// (shipped by django-leaflet) is fetched only when a map comes near the viewport.
(function () {
  var maps = document.querySelectorAll("[data-map]");
  if (!maps.length) return;
  var leafletLoading = null;

  function loadLeaflet(element) {
    if (window.L) return Promise.resolve(window.L);
    if (leafletLoading) return leafletLoading;
    leafletLoading = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = element.dataset.leafletCss;
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = element.dataset.leafletJs;
      script.onload = function () { resolve(window.L); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return leafletLoading;
  }

  function draw(element, L) {
    var places = JSON.parse(document.getElementById(element.dataset.mapPlaces).textContent);
    element.hidden = false;
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.dataset.mapTiles, { attribution: element.dataset.mapAttribution, maxZoom: 18 }).addTo(map);
    // Explicit icon addresses: hashed static file names defeat Leaflet's own path detection.
    var icon = L.icon({
      iconUrl: element.dataset.markerIcon,
      iconRetinaUrl: element.dataset.markerIcon2x,
      shadowUrl: element.dataset.markerShadow,
      iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41]
    });
    var bounds = [];
    places.forEach(function (place) {
      var marker = L.marker([place.lat, place.lng], { icon: icon, title: place.title, alt: place.title }).addTo(map);
      var link = document.createElement("a");
      link.href = place.url;
      link.textContent = place.title;
      if (place.hreflang) { link.hreflang = place.hreflang; link.lang = place.hreflang; }
      marker.bindPopup(link);
      bounds.push([place.lat, place.lng]);
    });
    if (bounds.length === 1) map.setView(bounds[0], 11);
    else map.fitBounds(bounds, { padding: [30, 30], maxZoom: 11 });
  }

  function start(element) {
    loadLeaflet(element).then(function (L) {
      draw(element, L);
    }).catch(function () { element.hidden = true; });
  }

  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { observer.unobserve(entry.target); start(entry.target); }
      });
    }, { rootMargin: "300px" });
    maps.forEach(function (element) { element.hidden = false; observer.observe(element); });
  } else {
    maps.forEach(start);
  }
})();
