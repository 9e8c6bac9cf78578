/// A repeatable source of random numbers: xoshiro256** seeded through SplitMix64.
///
/// The demo school must come out byte-identical for the same seed on every run and
/// every machine, so nothing here leans on the standard library's algorithms (which
/// may change between Swift versions) or on transcendental functions (whose last bit
/// may differ between C libraries): only integer arithmetic, and doubles built from it
/// with exact operations.
///
/// ```
/// var random = SeededRandom(seed: 1, stream: "people")
/// let dice = random.int(in: 1...6)
/// let name = random.pick(["Анна", "Мария"])
/// ```
struct SeededRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator for one part of the work: the same seed gives independent streams for
    /// different names, so a change in how one part draws leaves the others as they were.
    init(seed: UInt64, stream: String) {
        var mix = seed ^ Self.fnv1a(stream)
        s0 = Self.splitMix(&mix)
        s1 = Self.splitMix(&mix)
        s2 = Self.splitMix(&mix)
        s3 = Self.splitMix(&mix)
    }

    /// A generator whose state is derived from a number, for draws that must not depend on
    /// how much of another stream was used before (the traits of one student, say).
    init(seed: UInt64, stream: String, index: Int) {
        self.init(seed: seed &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15, stream: stream)
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a over the UTF-8 bytes: a fixed hash, unlike `Hasher`, which is seeded per process.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = Self.rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotate(s3, 45)
        return result
    }

    /// A number in `0..<bound`, without bias (Lemire's multiply-and-reject).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// A number in the range, every value equally likely.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A number in the half-open range, every value equally likely.
    mutating func int(in range: Range<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound)
    }

    /// A double in `0..<1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A double in `low..<high`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A roughly normal number with mean 0 and deviation 1: the sum of four uniforms
    /// (Irwin–Hall), rescaled. Its tails stop at ±3.46, which suits school data well.
    mutating func normal() -> Double {
        let sum = unit() + unit() + unit() + unit()
        return (sum - 2) * 1.7320508075688772
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index drawn with the given integer weights (all non-negative, not all zero).
    mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var left = below(total)
        for (index, weight) in weights.enumerated() {
            if left < weight { return index }
            left -= weight
        }
        return weights.count - 1
    }

    /// Shuffles in place (Fisher–Yates), the same way on every platform.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = below(i + 1)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// The array shuffled.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// A count of successes in repeated trials until the first failure, capped:
    /// a geometric draw without logarithms.
    mutating func streak(continuing p: Double, from minimum: Int, to maximum: Int) -> Int {
        var length = minimum
        while length < maximum && chance(p) { length += 1 }
        return length
    }
}
