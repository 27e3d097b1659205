// Permission requests (camera, microphone, notifications, geolocation, clipboard read, ...):
// the app needs none, so every request and every check is denied.
export function permissionDecision(_permission: string, _origin?: string): false {
  return false;
}
