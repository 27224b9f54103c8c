// The whole library under one name, for the executables and tests; each stage is its own target.
@_exported import ProbeCore
@_exported import ProbeSuites
@_exported import ProbeEndpoint
@_exported import ProbeJournal
@_exported import ProbeClassifier
@_exported import ProbeTraining
@_exported import ProbeRunner
@_exported import ProbeReports
