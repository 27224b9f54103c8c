extension ReplicaBalancer.Verdict {
    /// What a failed attempt says about the replica that made it.
    ///
    /// Only trouble a healthier replica could avoid counts against it: a 400 or a policy refusal would be the
    /// same anywhere, and an HTML page or a body too large still proves something is listening.
    package init(_ failure: AttemptFailure) {
        switch failure.failure.kind {
        case .cancelled:
            self = .cancelled
        case .connection:
            self = .unreachable
        case .timeout:
            self = .struggling
        case .httpStatus where failure.status.map(AttemptFailure.retryableStatuses.contains) == true:
            self = .struggling
        case .httpStatus, .policy, .decode, .tooLarge, .invalidUTF8:
            self = .answered
        }
    }
}
