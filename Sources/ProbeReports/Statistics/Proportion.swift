/// A rate with its Wilson interval.
///
/// For per-prompt averaged rates `trials` is the number of prompts and `successes` is
/// `rate × prompts`: the effective count. Samples of one prompt are correlated, so counting each
/// sample as a trial would narrow the interval falsely; treating each prompt as one trial whose
/// outcome is its averaged fraction is the conservative choice (the interval is that of a
/// proportion observed on `prompts` independent units).
package struct Proportion: Sendable, Hashable {
    package var successes: Double
    package var trials: Double
    /// `nil` when there are no trials.
    package var rate: Double?
    package var interval: WilsonInterval?

    package init(successes: Double, trials: Double, z: Double = WilsonInterval.z95) {
        self.successes = successes
        self.trials = trials
        rate = trials > 0 ? successes / trials : nil
        interval = WilsonInterval(successes: successes, trials: trials, z: z)
    }
}
