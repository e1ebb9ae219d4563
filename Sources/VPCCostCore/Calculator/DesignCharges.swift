/// The money of one design for a workload, charge by charge, before it is put into words.
///
/// `CostCalculator.charges(of:for:)` is the one place that decides what a design pays; the
/// line items of `compare` and the category totals of `batch` are both read from it.
struct DesignCharges {
  /// A quantity at a unit price.
  struct Flat {
    let quantity: Quantity
    let price: Price
    /// `quantity` x `price`, exact.
    var cost: Money { quantity * price }
  }

  var natHours: Flat?
  var natData: Flat?
  var publicIPv4: Flat?
  var endpointHours: Flat?
  /// GB through interface endpoints, at the region's tiered price.
  var endpointData: Quantity?
  var tgwAttachments: Flat?
  var tgwData: Flat?
  /// Route 53 private hosted zones, at the global tiered price.
  var hostedZones: Int?
  /// GB to the internet, at the region's tiered price.
  var internetEgress: Quantity?
  /// Traffic that the other AZs send to a shared one, at twice the cross-AZ price.
  var crossAZ: (traffic: Quantity, perGB: Price)?
  /// GB to S3 and DynamoDB through free gateway endpoints.
  var gatewayEndpoint: Quantity?
  /// Whether the design can carry the workload.
  var isFeasible = true
}
