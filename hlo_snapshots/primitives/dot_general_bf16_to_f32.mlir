module @dot_general_bf16_to_f32 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x4xbf16>, %arg1: tensor<4x3xbf16>) -> (tensor<2x3xf32>) {
    %0 = "stablehlo.dot_general"(%arg0, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xbf16>, tensor<4x3xbf16>) -> tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }
}
