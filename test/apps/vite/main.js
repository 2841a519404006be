// A plain Vite app: the import registers the element; the data's folder is the element's data-url.
import '@mediation-finder/widget';
