// Each class here starts whole systems or servers of its own; on two cores, running them side by
// side slows every start-up past the tests' bounds.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
