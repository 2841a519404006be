// Leaflet's ES build: never touches the host page's window.L.

import { msg } from '@lit/localize';
import type { Orientation } from '@mediation-finder/core';
import { readableCase } from '@mediation-finder/core/text';
import leafletCss from 'leaflet/dist/leaflet.css';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { css, html, LitElement, type PropertyValues, unsafeCSS } from 'lit';
import { property, query } from 'lit/decorators.js';

export interface MapPlace {
  id: string;
  n: number;
  name: string;
  latitude: number;
  longitude: number;
}

/**
 * What a group of markers shows: the list's numbers it holds ("2·3", "4·5·7"), or the first two
 * and how many more ("4·5 +3"), so that a person looking for place 5 finds it.
 */
export function clusterLabel(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length <= 3 ? sorted.join('·') : `${sorted.slice(0, 2).join('·')} +${sorted.length - 2}`;
}

/** Markers closer than this on screen are drawn as one cluster (dense towns). */
const CLUSTER_PX = 28;

/**
 * The map of a finder's results, in its own lazily loaded chunk. The list stays the primary way
 * to use the results; markers carry the list's numbers and are keyboard operable.
 *
 * @fires mediation-finder-map-select - A marker was activated. `detail`: `{ id }`.
 */
export class FinderMap extends LitElement {
  static override styles = [
    unsafeCSS(leafletCss),
    css`
      :host {
        display: block;
      }
      .frame {
        height: clamp(14rem, 45vh, 24rem);
        border: 1px solid var(--mf-color-border, #dddddd);
        border-radius: var(--mf-radius, 4px);
        background: #eef1f5;
      }
      .note {
        font-size: 0.8125em;
        color: var(--mf-color-muted, #3a3a3a);
        margin: 0.25rem 0 0;
      }
      .marker {
        display: grid;
        place-items: center;
        width: 28px;
        height: 28px;
        border-radius: 50%;
        background: var(--mf-color-primary, #1f5c70);
        color: #fff;
        font: 700 13px/1 system-ui, sans-serif;
        border: 2px solid #fff;
        box-shadow: 0 1px 3px rgb(0 0 0 / 40%);
      }
      /* A group reads as the list's numbers it holds, in a white pill: never mistaken for one
         numbered place. */
      .marker.cluster {
        width: auto;
        min-width: 28px;
        padding: 0 7px;
        border-radius: 14px;
        background: #fff;
        color: var(--mf-color-primary, #1f5c70);
        border: 2px solid var(--mf-color-primary, #1f5c70);
        white-space: nowrap;
      }
      /* Leaflet draws no ring on its container (the map, which arrows pan) nor on its zoom
         buttons: the finder's own ring, as everywhere else (RGAA 10.7). */
      .leaflet-container:focus-visible,
      .leaflet-control a:focus-visible,
      .leaflet-marker-icon:focus-visible .marker,
      .leaflet-marker-icon:focus-visible {
        outline: 3px solid var(--mf-color-focus, #0b57d0);
        outline-offset: 2px;
      }
      @media (prefers-reduced-motion: reduce) {
        .leaflet-zoom-anim .leaflet-zoom-animated {
          transition: none !important;
        }
      }
    `,
  ];

  @property({ attribute: false }) center: [number, number] = [46.6, 2.4];
  @property({ attribute: false }) places: MapPlace[] = [];
  @property({ attribute: false }) tiles: string | null = null;
  @property({ attribute: false }) tilesAttribution: string | null = null;
  @property({ attribute: false }) labels = {
    map: 'Carte',
    noTiles: 'Fond de carte non configuré.',
    tilesFailed: 'Le fond de carte ne s’affiche pas.',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
  };
  @query('.frame') private frame!: HTMLDivElement;

  #map?: L.Map;
  #layer?: L.LayerGroup;
  #drawn = '';
  #tileErrors = 0;
  #resize?: ResizeObserver;

  override render() {
    const note = !this.tiles ? this.labels.noTiles : this.#tileErrors > 0 ? this.labels.tilesFailed : '';
    return html`<div class="frame" role="region" aria-label=${this.labels.map}></div>
      <p class="note" role="status">${note}</p>`;
  }

  protected override firstUpdated(): void {
    const map = L.map(this.frame, { zoomControl: false, attributionControl: true, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: this.labels.zoomIn, zoomOutTitle: this.labels.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('');
    if (this.tiles) {
      const layer = L.tileLayer(this.tiles, {
        attribution: safeAttribution(this.tilesAttribution ?? ''),
        maxZoom: 19,
        crossOrigin: true,
      });
      layer.on('tileerror', () => {
        // Offline, blocked or wrong URL: markers and list keep working.
        if (this.#tileErrors++ === 0) this.requestUpdate();
      });
      layer.addTo(map);
    }
    this.#layer = L.layerGroup().addTo(map);
    this.frame.addEventListener('keydown', this.#onKeydown, true);
    map.on('zoomend', () => this.#drawMarkers());
    this.#map = map;
    this.#fit();
    this.#resize = new ResizeObserver(() => map.invalidateSize());
    this.#resize.observe(this.frame);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#map && (changed.has('places') || changed.has('center'))) this.#fit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#map?.remove();
    this.#map = undefined;
  }

  /** The map region takes the focus (Leaflet makes it focusable: arrows pan it, +/- zoom). */
  focusMap(): void {
    this.frame?.focus();
  }

  #fit(): void {
    const map = this.#map;
    if (!map) return;
    const points = this.places.map((p) => L.latLng(p.latitude, p.longitude));
    if (points.length)
      map.fitBounds(L.latLngBounds([...points, L.latLng(this.center[0], this.center[1])]), {
        padding: [24, 24],
        maxZoom: 15,
        animate: false,
      });
    else map.setView(this.center, 12, { animate: false });
    this.#drawMarkers();
  }

  /** Numbered markers; those that overlap on screen become one cluster that zooms in. */
  #drawMarkers(): void {
    const map = this.#map;
    const layer = this.#layer;
    if (!map || !layer) return;
    // fitBounds fires zoomend: draw once per zoom level and set of places.
    const key = `${map.getZoom()}|${this.places.map((p) => p.id).join(',')}`;
    if (key === this.#drawn) return;
    this.#drawn = key;
    layer.clearLayers();
    this.#markerOf.clear();
    const clusters: Array<{ point: L.Point; members: MapPlace[] }> = [];
    for (const place of this.places) {
      const point = map.latLngToLayerPoint([place.latitude, place.longitude]);
      const near = clusters.find((c) => c.point.distanceTo(point) < CLUSTER_PX);
      if (near) near.members.push(place);
      else clusters.push({ point, members: [place] });
    }
    for (const { members } of clusters) {
      const first = members[0] as MapPlace;
      if (members.length === 1) {
        const marker = L.marker([first.latitude, first.longitude], {
          icon: L.divIcon({
            className: '',
            html: `<span class="marker" aria-hidden="true">${first.n}</span>`,
            iconSize: [28, 28],
          }),
          keyboard: true,
          title: `${first.n}. ${first.name}`,
          alt: `${first.n}. ${first.name}`,
        });
        this.#add(marker, () => this.#select(first.id), members);
      } else {
        const bounds = L.latLngBounds(members.map((m) => L.latLng(m.latitude, m.longitude)));
        const names = members.map((m) => `${m.n}. ${m.name}`).join(', ');
        const label = clusterLabel(members.map((m) => m.n));
        const marker = L.marker(bounds.getCenter(), {
          icon: L.divIcon({
            className: '',
            html: `<span class="marker cluster" aria-hidden="true">${label}</span>`,
            iconSize: [16 + 8 * label.length, 28],
          }),
          keyboard: true,
          title: names,
          alt: names,
        });
        // Places at one address never part, whatever the zoom: their first card is shown.
        const apart = bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 1;
        // Zoomed in, its markers are drawn anew: the focus goes to the one holding its first place.
        const open = () => {
          if (!apart || map.getZoom() >= map.getMaxZoom()) return this.#select(first.id);
          map.fitBounds(bounds, { padding: [32, 32], animate: false, maxZoom: map.getZoom() + 3 });
          (this.#markerOf.get(first.id)?.getElement() ?? this.frame).focus();
        };
        this.#add(marker, open, members);
      }
    }
  }

  readonly #actions = new WeakMap<Element, () => void>();

  /** Each place's marker, alone or in a group, as drawn at this zoom. */
  readonly #markerOf = new Map<string, L.Marker>();

  #add(marker: L.Marker, activate: () => void, members: readonly MapPlace[]): void {
    for (const m of members) this.#markerOf.set(m.id, marker);
    marker.on('click', activate);
    // A marker drawn before the map has its first view gets its element later, on 'add'.
    const remember = () => {
      const element = marker.getElement();
      if (element) this.#actions.set(element, activate);
    };
    marker.on('add', remember);
    this.#layer?.addLayer(marker);
    remember();
  }

  /** Markers are buttons (Leaflet gives them the role): Enter and Space activate them. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    const icon = (event.target as Element | null)?.closest?.('.leaflet-marker-icon');
    const activate = icon ? this.#actions.get(icon) : undefined;
    if (!activate) return;
    event.preventDefault();
    event.stopPropagation();
    activate();
  };

  #select(id: string): void {
    this.dispatchEvent(
      new CustomEvent('mediation-finder-map-select', { detail: { id }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('mediation-finder-map')) customElements.define('mediation-finder-map', FinderMap);

/** An orientation's places on the map, numbered as in the finder's list (this chunk's, not the first script's). */
export const renderMap = (
  o: Orientation,
  { tiles, tilesAttribution }: { tiles: string | null; tilesAttribution: string | null },
  select: (id: string) => void,
) =>
  html`<div part="map" class="map">
    <mediation-finder-map
      .center=${[o.location.latitude, o.location.longitude]}
      .places=${o.results.map((r, i) => ({ id: r.id, n: i + 1, name: readableCase(r.place.nom), latitude: r.place.latitude, longitude: r.place.longitude }))}
      .tiles=${tiles}
      .tilesAttribution=${tilesAttribution}
      .labels=${{ map: msg('Carte des lieux'), noTiles: msg('Fond de carte non configuré : les lieux sont placés sans plan.'), tilesFailed: msg('Le fond de carte ne s’affiche pas ; les lieux restent sur la carte et dans la liste.'), zoomIn: msg('Zoomer'), zoomOut: msg('Dézoomer') }}
      @mediation-finder-map-select=${(e: CustomEvent<{ id: string }>) => select(e.detail.id)}
    ></mediation-finder-map>
  </div>`;

declare global {
  interface HTMLElementTagNameMap {
    'mediation-finder-map': FinderMap;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The tiles' attribution as Leaflet will show it (as HTML): text, with links kept when they are
 * plain http(s) links, and nothing else. An embedder's attribute, or a CMS field behind it, must
 * not run script in the host page. Parsed by an inert document: nothing in it loads or runs.
 */
export function safeAttribution(source: string): string {
  const body = new DOMParser().parseFromString(source, 'text/html').body;
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(escapeHtml(child.textContent ?? ''));
      else if (child instanceof Element && child.localName === 'a') {
        const href = child.getAttribute('href') ?? '';
        const text = escapeHtml(child.textContent ?? '');
        out.push(
          /^https?:\/\//i.test(href)
            ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`
            : text,
        );
      } else if (child instanceof Element && !['script', 'style', 'template'].includes(child.localName))
        walk(child);
    }
  };
  walk(body);
  return out.join('');
}
