import svg from '../../public/favicon.svg?raw';

/**
 * The icon as a data: address written into each page (the policy allows data: images): one request
 * and its headers less per page; public/favicon.svg stays for the manifest and anyone who links it.
 */
export const faviconHref = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
