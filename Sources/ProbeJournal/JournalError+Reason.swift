#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension JournalError {
    /// The system's reason for a failed file operation ("Not a directory", "No space left on device"), which
    /// says more than Foundation's "The operation could not be completed".
    package static func reason(_ error: any Error) -> String {
        // On Linux the underlying error casts to `any Error`, not straight to `NSError`.
        guard let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map({ $0 as NSError }),
              underlying.domain == NSPOSIXErrorDomain
        else { return error.localizedDescription }
        return String(cString: strerror(Int32(underlying.code)))
    }
}
