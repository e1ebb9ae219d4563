import VPCCostCore

/// Reads an AWS Price List offer file in JSON, streaming: the metadata, the products whose
/// usage types vpccost reads, and their on-demand price dimensions.
///
/// The layout is `products{sku: {attributes{usagetype, regionCode, ...}}}` followed by
/// `terms.OnDemand{sku: {term: {priceDimensions{rate: {beginRange, endRange, pricePerUnit}}}}}`.
/// Only the products of interest are kept in memory, so memory stays small for any file size.
package struct OfferJSONReader {
  private var scanner: JSONReader
  /// The keys of a product that vpccost reads.
  private struct Product {
    let usageType: String
    let operation: String?
    let region: String?
    let location: String?
  }

  private var products: [String: Product] = [:]
  private var sawProducts = false

  init(source: ByteSource) { scanner = JSONReader(source: source) }

  /// What an object's start is called in messages.
  private static let objectStart = "'{' (is the file truncated or not an AWS offer file?)"

  private static let keyProducts = Array("products".utf8)
  private static let keyTerms = Array("terms".utf8)
  private static let keyOnDemand = Array("OnDemand".utf8)
  private static let keyOfferCode = Array("offerCode".utf8)
  private static let keyVersion = Array("version".utf8)
  private static let keyPublication = Array("publicationDate".utf8)

  /// Reads the whole file, handing every relevant price to `emit`.
  mutating func read(
    metadata: inout OfferMetadata, emit: (OfferPrice) throws(InputError) -> Void
  ) throws(InputError) {
    try scanner.beginObject(Self.objectStart)
    var first = true
    while let key = try scanner.nextKey(first: &first) {
      switch key {
      case Self.keyOfferCode: metadata.offerCode = try scanner.readString()
      case Self.keyVersion: metadata.version = try scanner.readString()
      case Self.keyPublication: metadata.publicationDate = try scanner.readString()
      case Self.keyProducts: try readProducts()
      case Self.keyTerms: try readTerms(emit: emit)
      default: try scanner.skipValue()
      }
    }
    try scanner.expectEnd("the end of the offer")
  }

  private mutating func readProducts() throws(InputError) {
    sawProducts = true
    try scanner.beginObject(Self.objectStart)
    var first = true
    while let skuBytes = try scanner.nextKey(first: &first) {
      let sku = String(decoding: skuBytes, as: UTF8.self)
      if let product = try readProduct() { products[sku] = product }
    }
  }

  private static let keyAttributes = Array("attributes".utf8)
  private static let keyUsageType = Array("usagetype".utf8)
  private static let keyRegionCode = Array("regionCode".utf8)
  private static let keyFromRegionCode = Array("fromRegionCode".utf8)
  private static let keyLocation = Array("location".utf8)
  private static let keyOperation = Array("operation".utf8)
  private static let keyFromLocation = Array("fromLocation".utf8)

  private mutating func readProduct() throws(InputError) -> Product? {
    var usageType: String?
    var operation: String?
    var region: String?
    var location: String?
    try scanner.beginObject(Self.objectStart)
    var first = true
    while let key = try scanner.nextKey(first: &first) {
      guard key == Self.keyAttributes else {
        try scanner.skipValue()
        continue
      }
      try scanner.beginObject(Self.objectStart)
      var firstAttribute = true
      while let attribute = try scanner.nextKey(first: &firstAttribute) {
        switch attribute {
        case Self.keyUsageType: usageType = try scanner.readString()
        case Self.keyOperation: operation = try scanner.readString()
        case Self.keyRegionCode: region = try scanner.readString()
        case Self.keyFromRegionCode:
          let fromRegion = try scanner.readString()
          if region == nil { region = fromRegion }
        case Self.keyLocation, Self.keyFromLocation: location = try scanner.readString()
        default: try scanner.skipValue()
        }
      }
    }
    guard let usageType, PriceSlot.match(usageType: usageType, operation: operation) != nil
    else { return nil }
    return Product(usageType: usageType, operation: operation, region: region, location: location)
  }

  private mutating func readTerms(emit: (OfferPrice) throws(InputError) -> Void) throws(InputError)
  {
    guard sawProducts else {
      throw scanner.error(
        "'terms' comes before 'products'; this is not the layout of an AWS offer file")
    }
    try scanner.beginObject(Self.objectStart)
    var first = true
    while let termType = try scanner.nextKey(first: &first) {
      guard termType == Self.keyOnDemand else {
        try scanner.skipValue()  // Reserved and other terms are not on-demand prices.
        continue
      }
      try scanner.beginObject(Self.objectStart)
      var firstSKU = true
      while let skuBytes = try scanner.nextKey(first: &firstSKU) {
        guard let product = products[String(decoding: skuBytes, as: UTF8.self)] else {
          try scanner.skipValue()
          continue
        }
        try readOffers(product, emit: emit)
      }
    }
  }

  private static let keyPriceDimensions = Array("priceDimensions".utf8)

  private mutating func readOffers(
    _ product: Product,
    emit: (OfferPrice) throws(InputError) -> Void
  ) throws(InputError) {
    try scanner.beginObject(Self.objectStart)
    var firstTerm = true
    while try scanner.nextKey(first: &firstTerm) != nil {
      try scanner.beginObject(Self.objectStart)
      var firstField = true
      while let field = try scanner.nextKey(first: &firstField) {
        guard field == Self.keyPriceDimensions else {
          try scanner.skipValue()
          continue
        }
        try scanner.beginObject(Self.objectStart)
        var firstDimension = true
        while try scanner.nextKey(first: &firstDimension) != nil {
          try emit(try readDimension(product))
        }
      }
    }
  }

  private static let keyBegin = Array("beginRange".utf8)
  private static let keyEnd = Array("endRange".utf8)
  private static let keyPricePerUnit = Array("pricePerUnit".utf8)
  private static let keyUSD = Array("USD".utf8)

  private mutating func readDimension(
    _ product: Product
  ) throws(InputError) -> OfferPrice {
    let line = scanner.line
    var begin = "0"
    var end = "Inf"
    var price: String?
    try scanner.beginObject(Self.objectStart)
    var first = true
    while let key = try scanner.nextKey(first: &first) {
      switch key {
      case Self.keyBegin: begin = try scanner.readString()
      case Self.keyEnd: end = try scanner.readString()
      case Self.keyPricePerUnit:
        try scanner.beginObject(Self.objectStart)
        var firstCurrency = true
        while let currency = try scanner.nextKey(first: &firstCurrency) {
          if currency == Self.keyUSD {
            price = try scanner.readString()
          } else {
            try scanner.skipValue()
          }
        }
      default: try scanner.skipValue()
      }
    }
    guard let price else {
      throw scanner.error("a price dimension of \(product.usageType) has no USD price")
    }
    return OfferPrice(
      usageType: product.usageType, operation: product.operation, regionCode: product.region,
      location: product.location,
      beginRange: begin, endRange: end, price: price, place: "line \(line)")
  }
}
