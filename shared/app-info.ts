/** Name and version written into exported files. A test keeps the version equal to package.json's. */
export const APP_NAME = 'EKS Sandbox';
export const APP_VERSION = '0.1.0';
