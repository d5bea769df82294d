module @vit_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x1x64xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<1x17x64xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<64x3x8x8xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<64xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<64xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<64xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<64x64xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<64xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<64x64xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<64xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<64x64xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<64xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<64x64xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<64xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<64xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<128x64xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<128xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<64x128xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<64xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<64xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<64x64xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<64xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<64x64xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<64xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<64x64xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<64x64xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<64xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<64xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<128x64xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<128xf32> {tf.aliasing_output = 33 : i32}, %arg34: tensor<64x128xf32> {tf.aliasing_output = 34 : i32}, %arg35: tensor<64xf32> {tf.aliasing_output = 35 : i32}, %arg36: tensor<64xf32> {tf.aliasing_output = 36 : i32}, %arg37: tensor<64xf32> {tf.aliasing_output = 37 : i32}, %arg38: tensor<5x64xf32> {tf.aliasing_output = 38 : i32}, %arg39: tensor<5xf32> {tf.aliasing_output = 39 : i32}, %arg40: tensor<1x1x64xf32> {tf.aliasing_output = 40 : i32}, %arg41: tensor<1x17x64xf32> {tf.aliasing_output = 41 : i32}, %arg42: tensor<64x3x8x8xf32> {tf.aliasing_output = 42 : i32}, %arg43: tensor<64xf32> {tf.aliasing_output = 43 : i32}, %arg44: tensor<64xf32> {tf.aliasing_output = 44 : i32}, %arg45: tensor<64xf32> {tf.aliasing_output = 45 : i32}, %arg46: tensor<64x64xf32> {tf.aliasing_output = 46 : i32}, %arg47: tensor<64xf32> {tf.aliasing_output = 47 : i32}, %arg48: tensor<64x64xf32> {tf.aliasing_output = 48 : i32}, %arg49: tensor<64xf32> {tf.aliasing_output = 49 : i32}, %arg50: tensor<64x64xf32> {tf.aliasing_output = 50 : i32}, %arg51: tensor<64xf32> {tf.aliasing_output = 51 : i32}, %arg52: tensor<64x64xf32> {tf.aliasing_output = 52 : i32}, %arg53: tensor<64xf32> {tf.aliasing_output = 53 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 54 : i32}, %arg55: tensor<64xf32> {tf.aliasing_output = 55 : i32}, %arg56: tensor<128x64xf32> {tf.aliasing_output = 56 : i32}, %arg57: tensor<128xf32> {tf.aliasing_output = 57 : i32}, %arg58: tensor<64x128xf32> {tf.aliasing_output = 58 : i32}, %arg59: tensor<64xf32> {tf.aliasing_output = 59 : i32}, %arg60: tensor<64xf32> {tf.aliasing_output = 60 : i32}, %arg61: tensor<64xf32> {tf.aliasing_output = 61 : i32}, %arg62: tensor<64x64xf32> {tf.aliasing_output = 62 : i32}, %arg63: tensor<64xf32> {tf.aliasing_output = 63 : i32}, %arg64: tensor<64x64xf32> {tf.aliasing_output = 64 : i32}, %arg65: tensor<64xf32> {tf.aliasing_output = 65 : i32}, %arg66: tensor<64x64xf32> {tf.aliasing_output = 66 : i32}, %arg67: tensor<64xf32> {tf.aliasing_output = 67 : i32}, %arg68: tensor<64x64xf32> {tf.aliasing_output = 68 : i32}, %arg69: tensor<64xf32> {tf.aliasing_output = 69 : i32}, %arg70: tensor<64xf32> {tf.aliasing_output = 70 : i32}, %arg71: tensor<64xf32> {tf.aliasing_output = 71 : i32}, %arg72: tensor<128x64xf32> {tf.aliasing_output = 72 : i32}, %arg73: tensor<128xf32> {tf.aliasing_output = 73 : i32}, %arg74: tensor<64x128xf32> {tf.aliasing_output = 74 : i32}, %arg75: tensor<64xf32> {tf.aliasing_output = 75 : i32}, %arg76: tensor<64xf32> {tf.aliasing_output = 76 : i32}, %arg77: tensor<64xf32> {tf.aliasing_output = 77 : i32}, %arg78: tensor<5x64xf32> {tf.aliasing_output = 78 : i32}, %arg79: tensor<5xf32> {tf.aliasing_output = 79 : i32}, %arg80: tensor<1x1x64xf32> {tf.aliasing_output = 80 : i32}, %arg81: tensor<1x17x64xf32> {tf.aliasing_output = 81 : i32}, %arg82: tensor<64x3x8x8xf32> {tf.aliasing_output = 82 : i32}, %arg83: tensor<64xf32> {tf.aliasing_output = 83 : i32}, %arg84: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg85: tensor<64xf32> {tf.aliasing_output = 85 : i32}, %arg86: tensor<64x64xf32> {tf.aliasing_output = 86 : i32}, %arg87: tensor<64xf32> {tf.aliasing_output = 87 : i32}, %arg88: tensor<64x64xf32> {tf.aliasing_output = 88 : i32}, %arg89: tensor<64xf32> {tf.aliasing_output = 89 : i32}, %arg90: tensor<64x64xf32> {tf.aliasing_output = 90 : i32}, %arg91: tensor<64xf32> {tf.aliasing_output = 91 : i32}, %arg92: tensor<64x64xf32> {tf.aliasing_output = 92 : i32}, %arg93: tensor<64xf32> {tf.aliasing_output = 93 : i32}, %arg94: tensor<64xf32> {tf.aliasing_output = 94 : i32}, %arg95: tensor<64xf32> {tf.aliasing_output = 95 : i32}, %arg96: tensor<128x64xf32> {tf.aliasing_output = 96 : i32}, %arg97: tensor<128xf32> {tf.aliasing_output = 97 : i32}, %arg98: tensor<64x128xf32> {tf.aliasing_output = 98 : i32}, %arg99: tensor<64xf32> {tf.aliasing_output = 99 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 100 : i32}, %arg101: tensor<64xf32> {tf.aliasing_output = 101 : i32}, %arg102: tensor<64x64xf32> {tf.aliasing_output = 102 : i32}, %arg103: tensor<64xf32> {tf.aliasing_output = 103 : i32}, %arg104: tensor<64x64xf32> {tf.aliasing_output = 104 : i32}, %arg105: tensor<64xf32> {tf.aliasing_output = 105 : i32}, %arg106: tensor<64x64xf32> {tf.aliasing_output = 106 : i32}, %arg107: tensor<64xf32> {tf.aliasing_output = 107 : i32}, %arg108: tensor<64x64xf32> {tf.aliasing_output = 108 : i32}, %arg109: tensor<64xf32> {tf.aliasing_output = 109 : i32}, %arg110: tensor<64xf32> {tf.aliasing_output = 110 : i32}, %arg111: tensor<64xf32> {tf.aliasing_output = 111 : i32}, %arg112: tensor<128x64xf32> {tf.aliasing_output = 112 : i32}, %arg113: tensor<128xf32> {tf.aliasing_output = 113 : i32}, %arg114: tensor<64x128xf32> {tf.aliasing_output = 114 : i32}, %arg115: tensor<64xf32> {tf.aliasing_output = 115 : i32}, %arg116: tensor<64xf32> {tf.aliasing_output = 116 : i32}, %arg117: tensor<64xf32> {tf.aliasing_output = 117 : i32}, %arg118: tensor<5x64xf32> {tf.aliasing_output = 118 : i32}, %arg119: tensor<5xf32> {tf.aliasing_output = 119 : i32}, %arg120: tensor<i32> {tf.aliasing_output = 120 : i32}, %arg121: tensor<2x32x32x3xui8>, %arg122: tensor<2xi32>, %arg123: tensor<2xui64>) -> (tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.convert"(%arg121) : (tensor<2x32x32x3xui8>) -> tensor<2x32x32x3xf32>
    %1 = stablehlo.constant dense<3.92156862745098e-3> : tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %3 = stablehlo.multiply %0, %2 : tensor<2x32x32x3xf32>
    %4 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<ui64>
    %5 = stablehlo.constant dense<1> : tensor<ui64>
    %6 = stablehlo.add %4, %5 : tensor<ui64>
    %7 = stablehlo.constant dense<11400714819323198485> : tensor<ui64>
    %8 = stablehlo.multiply %6, %7 : tensor<ui64>
    %9 = stablehlo.constant dense<29> : tensor<ui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<ui64>
    %11 = stablehlo.xor %8, %10 : tensor<ui64>
    %12 = "stablehlo.reshape"(%11) : (tensor<ui64>) -> tensor<1xui64>
    %13 = stablehlo.constant dense<0> : tensor<ui64>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<ui64>) -> tensor<1xui64>
    %15 = "stablehlo.concatenate"(%12, %14) {dimension = 0 : i64} : (tensor<1xui64>, tensor<1xui64>) -> tensor<2xui64>
    %16 = stablehlo.xor %arg123, %15 : tensor<2xui64>
    %17:2 = "stablehlo.rng_bit_generator"(%16) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x7xui32>)
    %18 = stablehlo.constant dense<9> : tensor<ui32>
    %19 = "stablehlo.broadcast_in_dim"(%18) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %20 = stablehlo.shift_right_logical %17#1, %19 : tensor<2x7xui32>
    %21 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %22 = "stablehlo.broadcast_in_dim"(%21) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %23 = stablehlo.or %20, %22 : tensor<2x7xui32>
    %24 = "stablehlo.bitcast_convert"(%23) : (tensor<2x7xui32>) -> tensor<2x7xf32>
    %25 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x7xf32>
    %27 = stablehlo.subtract %24, %26 : tensor<2x7xf32>
    %28 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<2x1xf32>) -> tensor<2xf32>
    %30 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %31 = "stablehlo.broadcast_in_dim"(%30) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %32 = "stablehlo.compare"(%29, %31) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
    %33 = stablehlo.constant dense<3.2e1> : tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %35 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %36 = "stablehlo.broadcast_in_dim"(%35) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x32x32xf32>
    %38 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x32x32xf32>
    %39 = stablehlo.constant dense<3.125e-2> : tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %41 = stablehlo.multiply %34, %40 : tensor<2xf32>
    %42 = "stablehlo.reshape"(%41) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %43 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %45 = stablehlo.add %37, %44 : tensor<2x32x32xf32>
    %46 = "stablehlo.reshape"(%42) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %48 = stablehlo.multiply %45, %47 : tensor<2x32x32xf32>
    %49 = "stablehlo.reshape"(%36) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %52 = stablehlo.add %51, %48 : tensor<2x32x32xf32>
    %53 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %55 = stablehlo.add %52, %54 : tensor<2x32x32xf32>
    %56 = stablehlo.add %36, %34 : tensor<2xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %60 = stablehlo.subtract %59, %48 : tensor<2x32x32xf32>
    %61 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %63 = stablehlo.add %60, %62 : tensor<2x32x32xf32>
    %64 = "stablehlo.reshape"(%32) : (tensor<2xi1>) -> tensor<2x1x1xi1>
    %65 = "stablehlo.reshape"(%64) : (tensor<2x1x1xi1>) -> tensor<2xi1>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi1>) -> tensor<2x32x32xi1>
    %67 = "stablehlo.select"(%66, %63, %55) : (tensor<2x32x32xi1>, tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x32xf32>
    %68 = stablehlo.subtract %67, %38 : tensor<2x32x32xf32>
    %69 = stablehlo.abs %68 : tensor<2x32x32xf32>
    %70 = stablehlo.negate %69 : tensor<2x32x32xf32>
    %71 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %73 = stablehlo.add %70, %72 : tensor<2x32x32xf32>
    %74 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %76 = stablehlo.maximum %73, %75 : tensor<2x32x32xf32>
    %77 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %78 = "stablehlo.reduce"(%76, %77) ({
    ^bb0(%79: tensor<f32>, %80: tensor<f32>):
      %81 = stablehlo.add %79, %80 : tensor<f32>
      "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x32x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %82 = "stablehlo.reshape"(%78) : (tensor<2x32xf32>) -> tensor<2x32x1xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<2x32x1xf32>) -> tensor<2x32xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x32xf32>) -> tensor<2x32x32xf32>
    %85 = stablehlo.divide %76, %84 : tensor<2x32x32xf32>
    %86 = "stablehlo.dot_general"(%3, %85) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x32x32x3xf32>, tensor<2x32x32xf32>) -> tensor<2x32x3x32xf32>
    %87 = "stablehlo.transpose"(%86) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x32x3x32xf32>) -> tensor<2x32x32x3xf32>
    %88 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<2x1xf32>) -> tensor<2xf32>
    %90 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<2xf32>
    %93 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %95 = stablehlo.add %92, %94 : tensor<2xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %97 = "stablehlo.reshape"(%96) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %99 = stablehlo.multiply %87, %98 : tensor<2x32x32x3xf32>
    %100 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2x1xf32>) -> tensor<2xf32>
    %102 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<2xf32>
    %105 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %107 = stablehlo.add %104, %106 : tensor<2xf32>
    %108 = "stablehlo.reshape"(%107) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %109 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %110 = "stablehlo.reduce"(%99, %109) ({
    ^bb0(%111: tensor<f32>, %112: tensor<f32>):
      %113 = stablehlo.add %111, %112 : tensor<f32>
      "stablehlo.return"(%113) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x32x32x3xf32>, tensor<f32>) -> tensor<2xf32>
    %114 = stablehlo.constant dense<3.255208333333333e-4> : tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %116 = stablehlo.multiply %110, %115 : tensor<2xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %120 = stablehlo.subtract %99, %119 : tensor<2x32x32x3xf32>
    %121 = "stablehlo.reshape"(%108) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<2x32x32x3xf32>
    %124 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %126 = stablehlo.add %123, %125 : tensor<2x32x32x3xf32>
    %127 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %129 = stablehlo.maximum %126, %128 : tensor<2x32x32x3xf32>
    %130 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %132 = stablehlo.minimum %129, %131 : tensor<2x32x32x3xf32>
    %133 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %134 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %135 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %136 = stablehlo.subtract %132, %135 : tensor<2x32x32x3xf32>
    %137 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %138 = stablehlo.divide %136, %137 : tensor<2x32x32x3xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<2x32x32x3xf32>) -> tensor<2x4x8x4x8x3xf32>
    %140 = "stablehlo.transpose"(%139) {permutation = array<i64: 0, 1, 3, 5, 2, 4>} : (tensor<2x4x8x4x8x3xf32>) -> tensor<2x4x4x3x8x8xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<2x4x4x3x8x8xf32>) -> tensor<2x16x192xf32>
    %142 = "stablehlo.reshape"(%arg2) : (tensor<64x3x8x8xf32>) -> tensor<64x192xf32>
    %143 = "stablehlo.dot_general"(%141, %142) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x16x192xf32>, tensor<64x192xf32>) -> tensor<2x16x64xf32>
    %144 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x16x64xf32>
    %145 = stablehlo.add %143, %144 : tensor<2x16x64xf32>
    %146 = "stablehlo.reshape"(%arg0) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<1x64xf32>) -> tensor<2x1x64xf32>
    %148 = "stablehlo.concatenate"(%147, %145) {dimension = 1 : i64} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %149 = "stablehlo.reshape"(%arg1) : (tensor<1x17x64xf32>) -> tensor<17x64xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<17x64xf32>) -> tensor<2x17x64xf32>
    %151 = stablehlo.add %148, %150 : tensor<2x17x64xf32>
    %152 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %153 = "stablehlo.reduce"(%151, %152) ({
    ^bb0(%154: tensor<f32>, %155: tensor<f32>):
      %156 = stablehlo.add %154, %155 : tensor<f32>
      "stablehlo.return"(%156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %157 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %159 = stablehlo.multiply %153, %158 : tensor<2x17xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %163 = stablehlo.subtract %151, %162 : tensor<2x17x64xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<2x17x64xf32>
    %165 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %166 = "stablehlo.reduce"(%164, %165) ({
    ^bb0(%167: tensor<f32>, %168: tensor<f32>):
      %169 = stablehlo.add %167, %168 : tensor<f32>
      "stablehlo.return"(%169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %170 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %172 = stablehlo.multiply %166, %171 : tensor<2x17xf32>
    %173 = "stablehlo.reshape"(%172) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %174 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %175 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<2x17x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<2x17x1xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %180 = stablehlo.multiply %163, %179 : tensor<2x17x64xf32>
    %181 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<2x17x64xf32>
    %183 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %184 = stablehlo.add %182, %183 : tensor<2x17x64xf32>
    %185 = "stablehlo.dot_general"(%184, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %187 = stablehlo.add %185, %186 : tensor<2x17x64xf32>
    %188 = "stablehlo.reshape"(%187) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %189 = "stablehlo.transpose"(%188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %190 = "stablehlo.dot_general"(%184, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %191 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %192 = stablehlo.add %190, %191 : tensor<2x17x64xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %194 = "stablehlo.transpose"(%193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %195 = "stablehlo.dot_general"(%184, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %197 = stablehlo.add %195, %196 : tensor<2x17x64xf32>
    %198 = "stablehlo.reshape"(%197) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %199 = "stablehlo.transpose"(%198) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %200 = "stablehlo.dot_general"(%189, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %201 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<2x4x17x17xf32>
    %204 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %205 = "stablehlo.reduce"(%203, %204) ({
    ^bb0(%206: tensor<f32>, %207: tensor<f32>):
      %208 = stablehlo.maximum %206, %207 : tensor<f32>
      "stablehlo.return"(%208) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %209 = "stablehlo.reshape"(%205) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %212 = stablehlo.subtract %203, %211 : tensor<2x4x17x17xf32>
    %213 = stablehlo.exponential %212 : tensor<2x4x17x17xf32>
    %214 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %215 = "stablehlo.reduce"(%213, %214) ({
    ^bb0(%216: tensor<f32>, %217: tensor<f32>):
      %218 = stablehlo.add %216, %217 : tensor<f32>
      "stablehlo.return"(%218) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %219 = "stablehlo.reshape"(%215) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %220 = "stablehlo.reshape"(%219) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %222 = stablehlo.divide %213, %221 : tensor<2x4x17x17xf32>
    %223 = "stablehlo.dot_general"(%222, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %224 = "stablehlo.transpose"(%223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %226 = "stablehlo.dot_general"(%225, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %228 = stablehlo.add %226, %227 : tensor<2x17x64xf32>
    %229 = stablehlo.add %151, %228 : tensor<2x17x64xf32>
    %230 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %231 = "stablehlo.reduce"(%229, %230) ({
    ^bb0(%232: tensor<f32>, %233: tensor<f32>):
      %234 = stablehlo.add %232, %233 : tensor<f32>
      "stablehlo.return"(%234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %235 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %237 = stablehlo.multiply %231, %236 : tensor<2x17xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %239 = "stablehlo.reshape"(%238) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %240 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %241 = stablehlo.subtract %229, %240 : tensor<2x17x64xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<2x17x64xf32>
    %243 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %244 = "stablehlo.reduce"(%242, %243) ({
    ^bb0(%245: tensor<f32>, %246: tensor<f32>):
      %247 = stablehlo.add %245, %246 : tensor<f32>
      "stablehlo.return"(%247) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %248 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %249 = "stablehlo.broadcast_in_dim"(%248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %250 = stablehlo.multiply %244, %249 : tensor<2x17xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %252 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %254 = stablehlo.add %251, %253 : tensor<2x17x1xf32>
    %255 = stablehlo.rsqrt %254 : tensor<2x17x1xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %258 = stablehlo.multiply %241, %257 : tensor<2x17x64xf32>
    %259 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<2x17x64xf32>
    %261 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %262 = stablehlo.add %260, %261 : tensor<2x17x64xf32>
    %263 = "stablehlo.dot_general"(%262, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %264 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %265 = stablehlo.add %263, %264 : tensor<2x17x128xf32>
    %266 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<2x17x128xf32>
    %269 = "chlo.erf"(%268) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %270 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %272 = stablehlo.add %269, %271 : tensor<2x17x128xf32>
    %273 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<2x17x128xf32>
    %276 = stablehlo.multiply %265, %275 : tensor<2x17x128xf32>
    %277 = "stablehlo.dot_general"(%276, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %278 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %279 = stablehlo.add %277, %278 : tensor<2x17x64xf32>
    %280 = stablehlo.add %229, %279 : tensor<2x17x64xf32>
    %281 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %282 = "stablehlo.reduce"(%280, %281) ({
    ^bb0(%283: tensor<f32>, %284: tensor<f32>):
      %285 = stablehlo.add %283, %284 : tensor<f32>
      "stablehlo.return"(%285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %286 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %288 = stablehlo.multiply %282, %287 : tensor<2x17xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %292 = stablehlo.subtract %280, %291 : tensor<2x17x64xf32>
    %293 = stablehlo.multiply %292, %292 : tensor<2x17x64xf32>
    %294 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %295 = "stablehlo.reduce"(%293, %294) ({
    ^bb0(%296: tensor<f32>, %297: tensor<f32>):
      %298 = stablehlo.add %296, %297 : tensor<f32>
      "stablehlo.return"(%298) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %299 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %301 = stablehlo.multiply %295, %300 : tensor<2x17xf32>
    %302 = "stablehlo.reshape"(%301) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %303 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %305 = stablehlo.add %302, %304 : tensor<2x17x1xf32>
    %306 = stablehlo.rsqrt %305 : tensor<2x17x1xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %309 = stablehlo.multiply %292, %308 : tensor<2x17x64xf32>
    %310 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<2x17x64xf32>
    %312 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %313 = stablehlo.add %311, %312 : tensor<2x17x64xf32>
    %314 = "stablehlo.dot_general"(%313, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %315 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %316 = stablehlo.add %314, %315 : tensor<2x17x64xf32>
    %317 = "stablehlo.reshape"(%316) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %318 = "stablehlo.transpose"(%317) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %319 = "stablehlo.dot_general"(%313, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %320 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %321 = stablehlo.add %319, %320 : tensor<2x17x64xf32>
    %322 = "stablehlo.reshape"(%321) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %323 = "stablehlo.transpose"(%322) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %324 = "stablehlo.dot_general"(%313, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %325 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %326 = stablehlo.add %324, %325 : tensor<2x17x64xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %328 = "stablehlo.transpose"(%327) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %329 = "stablehlo.dot_general"(%318, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %330 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %332 = stablehlo.multiply %329, %331 : tensor<2x4x17x17xf32>
    %333 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %334 = "stablehlo.reduce"(%332, %333) ({
    ^bb0(%335: tensor<f32>, %336: tensor<f32>):
      %337 = stablehlo.maximum %335, %336 : tensor<f32>
      "stablehlo.return"(%337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %338 = "stablehlo.reshape"(%334) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %341 = stablehlo.subtract %332, %340 : tensor<2x4x17x17xf32>
    %342 = stablehlo.exponential %341 : tensor<2x4x17x17xf32>
    %343 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %344 = "stablehlo.reduce"(%342, %343) ({
    ^bb0(%345: tensor<f32>, %346: tensor<f32>):
      %347 = stablehlo.add %345, %346 : tensor<f32>
      "stablehlo.return"(%347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %348 = "stablehlo.reshape"(%344) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %350 = "stablehlo.broadcast_in_dim"(%349) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %351 = stablehlo.divide %342, %350 : tensor<2x4x17x17xf32>
    %352 = "stablehlo.dot_general"(%351, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %353 = "stablehlo.transpose"(%352) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %354 = "stablehlo.reshape"(%353) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %355 = "stablehlo.dot_general"(%354, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %356 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %357 = stablehlo.add %355, %356 : tensor<2x17x64xf32>
    %358 = stablehlo.add %280, %357 : tensor<2x17x64xf32>
    %359 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %360 = "stablehlo.reduce"(%358, %359) ({
    ^bb0(%361: tensor<f32>, %362: tensor<f32>):
      %363 = stablehlo.add %361, %362 : tensor<f32>
      "stablehlo.return"(%363) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %364 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %366 = stablehlo.multiply %360, %365 : tensor<2x17xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %368 = "stablehlo.reshape"(%367) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %370 = stablehlo.subtract %358, %369 : tensor<2x17x64xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<2x17x64xf32>
    %372 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
      %376 = stablehlo.add %374, %375 : tensor<f32>
      "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %377 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %379 = stablehlo.multiply %373, %378 : tensor<2x17xf32>
    %380 = "stablehlo.reshape"(%379) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %381 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %383 = stablehlo.add %380, %382 : tensor<2x17x1xf32>
    %384 = stablehlo.rsqrt %383 : tensor<2x17x1xf32>
    %385 = "stablehlo.reshape"(%384) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %387 = stablehlo.multiply %370, %386 : tensor<2x17x64xf32>
    %388 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<2x17x64xf32>
    %390 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %391 = stablehlo.add %389, %390 : tensor<2x17x64xf32>
    %392 = "stablehlo.dot_general"(%391, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %393 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %394 = stablehlo.add %392, %393 : tensor<2x17x128xf32>
    %395 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %396 = "stablehlo.broadcast_in_dim"(%395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %397 = stablehlo.multiply %394, %396 : tensor<2x17x128xf32>
    %398 = "chlo.erf"(%397) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %399 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %401 = stablehlo.add %398, %400 : tensor<2x17x128xf32>
    %402 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %403 = "stablehlo.broadcast_in_dim"(%402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %404 = stablehlo.multiply %401, %403 : tensor<2x17x128xf32>
    %405 = stablehlo.multiply %394, %404 : tensor<2x17x128xf32>
    %406 = "stablehlo.dot_general"(%405, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %407 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %408 = stablehlo.add %406, %407 : tensor<2x17x64xf32>
    %409 = stablehlo.add %358, %408 : tensor<2x17x64xf32>
    %410 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %411 = "stablehlo.reduce"(%409, %410) ({
    ^bb0(%412: tensor<f32>, %413: tensor<f32>):
      %414 = stablehlo.add %412, %413 : tensor<f32>
      "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %415 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %417 = stablehlo.multiply %411, %416 : tensor<2x17xf32>
    %418 = "stablehlo.reshape"(%417) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %419 = "stablehlo.reshape"(%418) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %421 = stablehlo.subtract %409, %420 : tensor<2x17x64xf32>
    %422 = stablehlo.multiply %421, %421 : tensor<2x17x64xf32>
    %423 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %424 = "stablehlo.reduce"(%422, %423) ({
    ^bb0(%425: tensor<f32>, %426: tensor<f32>):
      %427 = stablehlo.add %425, %426 : tensor<f32>
      "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %428 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %430 = stablehlo.multiply %424, %429 : tensor<2x17xf32>
    %431 = "stablehlo.reshape"(%430) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %432 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %434 = stablehlo.add %431, %433 : tensor<2x17x1xf32>
    %435 = stablehlo.rsqrt %434 : tensor<2x17x1xf32>
    %436 = "stablehlo.reshape"(%435) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %438 = stablehlo.multiply %421, %437 : tensor<2x17x64xf32>
    %439 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %440 = stablehlo.multiply %438, %439 : tensor<2x17x64xf32>
    %441 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %442 = stablehlo.add %440, %441 : tensor<2x17x64xf32>
    %443 = "stablehlo.slice"(%442) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<2x1x64xf32>) -> tensor<2x64xf32>
    %445 = "stablehlo.dot_general"(%444, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x64xf32>, tensor<5x64xf32>) -> tensor<2x5xf32>
    %446 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 1>} : (tensor<5xf32>) -> tensor<2x5xf32>
    %447 = stablehlo.add %445, %446 : tensor<2x5xf32>
    %448 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %449 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x5xi32>
    %450 = "stablehlo.compare"(%448, %449) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x5xi32>, tensor<2x5xi32>) -> tensor<2x5xi1>
    %451 = "stablehlo.convert"(%450) : (tensor<2x5xi1>) -> tensor<2x5xf32>
    %452 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %453 = "stablehlo.reduce"(%447, %452) ({
    ^bb0(%454: tensor<f32>, %455: tensor<f32>):
      %456 = stablehlo.maximum %454, %455 : tensor<f32>
      "stablehlo.return"(%456) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %457 = "stablehlo.reshape"(%453) : (tensor<2xf32>) -> tensor<2x1xf32>
    %458 = "stablehlo.reshape"(%457) : (tensor<2x1xf32>) -> tensor<2xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %460 = stablehlo.subtract %447, %459 : tensor<2x5xf32>
    %461 = stablehlo.exponential %460 : tensor<2x5xf32>
    %462 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %463 = "stablehlo.reduce"(%461, %462) ({
    ^bb0(%464: tensor<f32>, %465: tensor<f32>):
      %466 = stablehlo.add %464, %465 : tensor<f32>
      "stablehlo.return"(%466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %467 = "stablehlo.reshape"(%463) : (tensor<2xf32>) -> tensor<2x1xf32>
    %468 = stablehlo.log %467 : tensor<2x1xf32>
    %469 = "stablehlo.reshape"(%468) : (tensor<2x1xf32>) -> tensor<2xf32>
    %470 = "stablehlo.broadcast_in_dim"(%469) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %471 = stablehlo.subtract %460, %470 : tensor<2x5xf32>
    %472 = stablehlo.multiply %471, %451 : tensor<2x5xf32>
    %473 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %474 = "stablehlo.reduce"(%472, %473) ({
    ^bb0(%475: tensor<f32>, %476: tensor<f32>):
      %477 = stablehlo.add %475, %476 : tensor<f32>
      "stablehlo.return"(%477) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %478 = stablehlo.negate %474 : tensor<2xf32>
    %479 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %480 = "stablehlo.reduce"(%478, %479) ({
    ^bb0(%481: tensor<f32>, %482: tensor<f32>):
      %483 = stablehlo.add %481, %482 : tensor<f32>
      "stablehlo.return"(%483) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %484 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %485 = stablehlo.multiply %480, %484 : tensor<f32>
    %486 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %487 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489:2 = "stablehlo.reduce"(%447, %486, %487, %488) ({
    ^bb0(%490: tensor<f32>, %491: tensor<i32>, %492: tensor<f32>, %493: tensor<i32>):
      %494 = "stablehlo.compare"(%490, %490) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %495 = "stablehlo.compare"(%492, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %496 = "stablehlo.compare"(%491, %493) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %497 = stablehlo.not %495 : tensor<i1>
      %498 = stablehlo.and %494, %497 : tensor<i1>
      %499 = stablehlo.and %494, %495 : tensor<i1>
      %500 = stablehlo.and %499, %496 : tensor<i1>
      %501 = stablehlo.or %498, %500 : tensor<i1>
      %502 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %503 = stablehlo.or %501, %502 : tensor<i1>
      %504 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %505 = stablehlo.and %504, %496 : tensor<i1>
      %506 = stablehlo.or %503, %505 : tensor<i1>
      %507 = "stablehlo.select"(%506, %490, %492) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %508 = "stablehlo.select"(%506, %491, %493) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%507, %508) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<2x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
    %509 = "stablehlo.compare"(%489#1, %arg122) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %510 = "stablehlo.convert"(%509) : (tensor<2xi1>) -> tensor<2xf32>
    %511 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %512 = "stablehlo.reduce"(%510, %511) ({
    ^bb0(%513: tensor<f32>, %514: tensor<f32>):
      %515 = stablehlo.add %513, %514 : tensor<f32>
      "stablehlo.return"(%515) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %516 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %518 = stablehlo.multiply %517, %484 : tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %520 = stablehlo.negate %519 : tensor<2xf32>
    %521 = "stablehlo.broadcast_in_dim"(%520) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %522 = stablehlo.multiply %521, %451 : tensor<2x5xf32>
    %523 = stablehlo.negate %522 : tensor<2x5xf32>
    %524 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %525 = "stablehlo.reduce"(%523, %524) ({
    ^bb0(%526: tensor<f32>, %527: tensor<f32>):
      %528 = stablehlo.add %526, %527 : tensor<f32>
      "stablehlo.return"(%528) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %529 = "stablehlo.reshape"(%525) : (tensor<2xf32>) -> tensor<2x1xf32>
    %530 = stablehlo.divide %529, %467 : tensor<2x1xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<2x1xf32>) -> tensor<2xf32>
    %532 = "stablehlo.broadcast_in_dim"(%531) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %533 = stablehlo.multiply %532, %461 : tensor<2x5xf32>
    %534 = stablehlo.add %522, %533 : tensor<2x5xf32>
    %535 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %536 = "stablehlo.reduce"(%534, %535) ({
    ^bb0(%537: tensor<f32>, %538: tensor<f32>):
      %539 = stablehlo.add %537, %538 : tensor<f32>
      "stablehlo.return"(%539) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %540 = "stablehlo.dot_general"(%534, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %541 = "stablehlo.dot_general"(%534, %444) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %542 = "stablehlo.reshape"(%540) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %543 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %544 = "stablehlo.pad"(%542, %543) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %545 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %546 = "stablehlo.reduce"(%544, %545) ({
    ^bb0(%547: tensor<f32>, %548: tensor<f32>):
      %549 = stablehlo.add %547, %548 : tensor<f32>
      "stablehlo.return"(%549) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %550 = stablehlo.multiply %544, %439 : tensor<2x17x64xf32>
    %551 = stablehlo.multiply %544, %438 : tensor<2x17x64xf32>
    %552 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %553 = "stablehlo.reduce"(%551, %552) ({
    ^bb0(%554: tensor<f32>, %555: tensor<f32>):
      %556 = stablehlo.add %554, %555 : tensor<f32>
      "stablehlo.return"(%556) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %557 = stablehlo.multiply %550, %437 : tensor<2x17x64xf32>
    %558 = stablehlo.multiply %550, %421 : tensor<2x17x64xf32>
    %559 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %560 = "stablehlo.reduce"(%558, %559) ({
    ^bb0(%561: tensor<f32>, %562: tensor<f32>):
      %563 = stablehlo.add %561, %562 : tensor<f32>
      "stablehlo.return"(%563) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %564 = "stablehlo.reshape"(%560) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %565 = stablehlo.divide %435, %434 : tensor<2x17x1xf32>
    %566 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %567 = "stablehlo.broadcast_in_dim"(%566) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %568 = stablehlo.multiply %565, %567 : tensor<2x17x1xf32>
    %569 = stablehlo.multiply %564, %568 : tensor<2x17x1xf32>
    %570 = "stablehlo.reshape"(%569) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %571 = stablehlo.multiply %570, %429 : tensor<2x17xf32>
    %572 = "stablehlo.broadcast_in_dim"(%571) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %573 = stablehlo.multiply %572, %421 : tensor<2x17x64xf32>
    %574 = stablehlo.multiply %572, %421 : tensor<2x17x64xf32>
    %575 = stablehlo.add %557, %573 : tensor<2x17x64xf32>
    %576 = stablehlo.add %575, %574 : tensor<2x17x64xf32>
    %577 = stablehlo.negate %576 : tensor<2x17x64xf32>
    %578 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %579 = "stablehlo.reduce"(%577, %578) ({
    ^bb0(%580: tensor<f32>, %581: tensor<f32>):
      %582 = stablehlo.add %580, %581 : tensor<f32>
      "stablehlo.return"(%582) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %583 = "stablehlo.reshape"(%579) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %584 = "stablehlo.reshape"(%583) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %585 = stablehlo.multiply %584, %416 : tensor<2x17xf32>
    %586 = "stablehlo.broadcast_in_dim"(%585) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %587 = stablehlo.add %576, %586 : tensor<2x17x64xf32>
    %588 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %589 = "stablehlo.reduce"(%587, %588) ({
    ^bb0(%590: tensor<f32>, %591: tensor<f32>):
      %592 = stablehlo.add %590, %591 : tensor<f32>
      "stablehlo.return"(%592) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %593 = "stablehlo.dot_general"(%587, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %594 = "stablehlo.dot_general"(%587, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %595 = stablehlo.multiply %394, %394 : tensor<2x17x128xf32>
    %596 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %597 = "stablehlo.broadcast_in_dim"(%596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %598 = stablehlo.multiply %595, %597 : tensor<2x17x128xf32>
    %599 = stablehlo.exponential %598 : tensor<2x17x128xf32>
    %600 = stablehlo.constant dense<3.989422804014327e-1> : tensor<f32>
    %601 = "stablehlo.broadcast_in_dim"(%600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %602 = stablehlo.multiply %599, %601 : tensor<2x17x128xf32>
    %603 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %605 = stablehlo.multiply %394, %604 : tensor<2x17x128xf32>
    %606 = "chlo.erf"(%605) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %607 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %608 = "stablehlo.broadcast_in_dim"(%607) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %609 = stablehlo.add %606, %608 : tensor<2x17x128xf32>
    %610 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %611 = "stablehlo.broadcast_in_dim"(%610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %612 = stablehlo.multiply %609, %611 : tensor<2x17x128xf32>
    %613 = stablehlo.multiply %394, %602 : tensor<2x17x128xf32>
    %614 = stablehlo.add %612, %613 : tensor<2x17x128xf32>
    %615 = stablehlo.multiply %593, %614 : tensor<2x17x128xf32>
    %616 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %617 = "stablehlo.reduce"(%615, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
      %620 = stablehlo.add %618, %619 : tensor<f32>
      "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %621 = "stablehlo.dot_general"(%615, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %622 = "stablehlo.dot_general"(%615, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %623 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %624 = "stablehlo.reduce"(%621, %623) ({
    ^bb0(%625: tensor<f32>, %626: tensor<f32>):
      %627 = stablehlo.add %625, %626 : tensor<f32>
      "stablehlo.return"(%627) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %628 = stablehlo.multiply %621, %388 : tensor<2x17x64xf32>
    %629 = stablehlo.multiply %621, %387 : tensor<2x17x64xf32>
    %630 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %631 = "stablehlo.reduce"(%629, %630) ({
    ^bb0(%632: tensor<f32>, %633: tensor<f32>):
      %634 = stablehlo.add %632, %633 : tensor<f32>
      "stablehlo.return"(%634) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %635 = stablehlo.multiply %628, %386 : tensor<2x17x64xf32>
    %636 = stablehlo.multiply %628, %370 : tensor<2x17x64xf32>
    %637 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %638 = "stablehlo.reduce"(%636, %637) ({
    ^bb0(%639: tensor<f32>, %640: tensor<f32>):
      %641 = stablehlo.add %639, %640 : tensor<f32>
      "stablehlo.return"(%641) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %642 = "stablehlo.reshape"(%638) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %643 = stablehlo.divide %384, %383 : tensor<2x17x1xf32>
    %644 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %645 = "stablehlo.broadcast_in_dim"(%644) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %646 = stablehlo.multiply %643, %645 : tensor<2x17x1xf32>
    %647 = stablehlo.multiply %642, %646 : tensor<2x17x1xf32>
    %648 = "stablehlo.reshape"(%647) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %649 = stablehlo.multiply %648, %378 : tensor<2x17xf32>
    %650 = "stablehlo.broadcast_in_dim"(%649) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %651 = stablehlo.multiply %650, %370 : tensor<2x17x64xf32>
    %652 = stablehlo.multiply %650, %370 : tensor<2x17x64xf32>
    %653 = stablehlo.add %635, %651 : tensor<2x17x64xf32>
    %654 = stablehlo.add %653, %652 : tensor<2x17x64xf32>
    %655 = stablehlo.negate %654 : tensor<2x17x64xf32>
    %656 = stablehlo.add %587, %654 : tensor<2x17x64xf32>
    %657 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %658 = "stablehlo.reduce"(%655, %657) ({
    ^bb0(%659: tensor<f32>, %660: tensor<f32>):
      %661 = stablehlo.add %659, %660 : tensor<f32>
      "stablehlo.return"(%661) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %662 = "stablehlo.reshape"(%658) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %663 = "stablehlo.reshape"(%662) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %664 = stablehlo.multiply %663, %365 : tensor<2x17xf32>
    %665 = "stablehlo.broadcast_in_dim"(%664) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %666 = stablehlo.add %656, %665 : tensor<2x17x64xf32>
    %667 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %668 = "stablehlo.reduce"(%666, %667) ({
    ^bb0(%669: tensor<f32>, %670: tensor<f32>):
      %671 = stablehlo.add %669, %670 : tensor<f32>
      "stablehlo.return"(%671) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %672 = "stablehlo.dot_general"(%666, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %673 = "stablehlo.dot_general"(%666, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %674 = "stablehlo.reshape"(%672) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %675 = "stablehlo.transpose"(%674) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %676 = "stablehlo.dot_general"(%675, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %677 = "stablehlo.dot_general"(%675, %351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %678 = "stablehlo.transpose"(%677) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %679 = stablehlo.multiply %676, %351 : tensor<2x4x17x17xf32>
    %680 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %681 = "stablehlo.reduce"(%679, %680) ({
    ^bb0(%682: tensor<f32>, %683: tensor<f32>):
      %684 = stablehlo.add %682, %683 : tensor<f32>
      "stablehlo.return"(%684) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %685 = "stablehlo.reshape"(%681) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %686 = "stablehlo.reshape"(%685) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %687 = "stablehlo.broadcast_in_dim"(%686) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %688 = stablehlo.subtract %676, %687 : tensor<2x4x17x17xf32>
    %689 = stablehlo.multiply %351, %688 : tensor<2x4x17x17xf32>
    %690 = stablehlo.multiply %689, %331 : tensor<2x4x17x17xf32>
    %691 = "stablehlo.dot_general"(%690, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %692 = "stablehlo.dot_general"(%690, %318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %693 = "stablehlo.transpose"(%678) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %694 = "stablehlo.reshape"(%693) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %695 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %696 = "stablehlo.reduce"(%694, %695) ({
    ^bb0(%697: tensor<f32>, %698: tensor<f32>):
      %699 = stablehlo.add %697, %698 : tensor<f32>
      "stablehlo.return"(%699) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %700 = "stablehlo.dot_general"(%694, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %701 = "stablehlo.dot_general"(%694, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %702 = "stablehlo.transpose"(%692) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %703 = "stablehlo.reshape"(%702) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %704 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %705 = "stablehlo.reduce"(%703, %704) ({
    ^bb0(%706: tensor<f32>, %707: tensor<f32>):
      %708 = stablehlo.add %706, %707 : tensor<f32>
      "stablehlo.return"(%708) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %709 = "stablehlo.dot_general"(%703, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %710 = "stablehlo.dot_general"(%703, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %711 = stablehlo.add %700, %709 : tensor<2x17x64xf32>
    %712 = "stablehlo.transpose"(%691) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %713 = "stablehlo.reshape"(%712) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %714 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %715 = "stablehlo.reduce"(%713, %714) ({
    ^bb0(%716: tensor<f32>, %717: tensor<f32>):
      %718 = stablehlo.add %716, %717 : tensor<f32>
      "stablehlo.return"(%718) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %719 = "stablehlo.dot_general"(%713, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %720 = "stablehlo.dot_general"(%713, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %721 = stablehlo.add %711, %719 : tensor<2x17x64xf32>
    %722 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %723 = "stablehlo.reduce"(%721, %722) ({
    ^bb0(%724: tensor<f32>, %725: tensor<f32>):
      %726 = stablehlo.add %724, %725 : tensor<f32>
      "stablehlo.return"(%726) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %727 = stablehlo.multiply %721, %310 : tensor<2x17x64xf32>
    %728 = stablehlo.multiply %721, %309 : tensor<2x17x64xf32>
    %729 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %730 = "stablehlo.reduce"(%728, %729) ({
    ^bb0(%731: tensor<f32>, %732: tensor<f32>):
      %733 = stablehlo.add %731, %732 : tensor<f32>
      "stablehlo.return"(%733) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %734 = stablehlo.multiply %727, %308 : tensor<2x17x64xf32>
    %735 = stablehlo.multiply %727, %292 : tensor<2x17x64xf32>
    %736 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %737 = "stablehlo.reduce"(%735, %736) ({
    ^bb0(%738: tensor<f32>, %739: tensor<f32>):
      %740 = stablehlo.add %738, %739 : tensor<f32>
      "stablehlo.return"(%740) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %741 = "stablehlo.reshape"(%737) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %742 = stablehlo.divide %306, %305 : tensor<2x17x1xf32>
    %743 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %744 = "stablehlo.broadcast_in_dim"(%743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %745 = stablehlo.multiply %742, %744 : tensor<2x17x1xf32>
    %746 = stablehlo.multiply %741, %745 : tensor<2x17x1xf32>
    %747 = "stablehlo.reshape"(%746) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %748 = stablehlo.multiply %747, %300 : tensor<2x17xf32>
    %749 = "stablehlo.broadcast_in_dim"(%748) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %750 = stablehlo.multiply %749, %292 : tensor<2x17x64xf32>
    %751 = stablehlo.multiply %749, %292 : tensor<2x17x64xf32>
    %752 = stablehlo.add %734, %750 : tensor<2x17x64xf32>
    %753 = stablehlo.add %752, %751 : tensor<2x17x64xf32>
    %754 = stablehlo.negate %753 : tensor<2x17x64xf32>
    %755 = stablehlo.add %666, %753 : tensor<2x17x64xf32>
    %756 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %757 = "stablehlo.reduce"(%754, %756) ({
    ^bb0(%758: tensor<f32>, %759: tensor<f32>):
      %760 = stablehlo.add %758, %759 : tensor<f32>
      "stablehlo.return"(%760) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %761 = "stablehlo.reshape"(%757) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %762 = "stablehlo.reshape"(%761) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %763 = stablehlo.multiply %762, %287 : tensor<2x17xf32>
    %764 = "stablehlo.broadcast_in_dim"(%763) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %765 = stablehlo.add %755, %764 : tensor<2x17x64xf32>
    %766 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %767 = "stablehlo.reduce"(%765, %766) ({
    ^bb0(%768: tensor<f32>, %769: tensor<f32>):
      %770 = stablehlo.add %768, %769 : tensor<f32>
      "stablehlo.return"(%770) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %771 = "stablehlo.dot_general"(%765, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %772 = "stablehlo.dot_general"(%765, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %773 = stablehlo.multiply %265, %265 : tensor<2x17x128xf32>
    %774 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %775 = "stablehlo.broadcast_in_dim"(%774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %776 = stablehlo.multiply %773, %775 : tensor<2x17x128xf32>
    %777 = stablehlo.exponential %776 : tensor<2x17x128xf32>
    %778 = stablehlo.constant dense<3.989422804014327e-1> : tensor<f32>
    %779 = "stablehlo.broadcast_in_dim"(%778) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %780 = stablehlo.multiply %777, %779 : tensor<2x17x128xf32>
    %781 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %782 = "stablehlo.broadcast_in_dim"(%781) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %783 = stablehlo.multiply %265, %782 : tensor<2x17x128xf32>
    %784 = "chlo.erf"(%783) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %785 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %786 = "stablehlo.broadcast_in_dim"(%785) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %787 = stablehlo.add %784, %786 : tensor<2x17x128xf32>
    %788 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %789 = "stablehlo.broadcast_in_dim"(%788) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %790 = stablehlo.multiply %787, %789 : tensor<2x17x128xf32>
    %791 = stablehlo.multiply %265, %780 : tensor<2x17x128xf32>
    %792 = stablehlo.add %790, %791 : tensor<2x17x128xf32>
    %793 = stablehlo.multiply %771, %792 : tensor<2x17x128xf32>
    %794 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %795 = "stablehlo.reduce"(%793, %794) ({
    ^bb0(%796: tensor<f32>, %797: tensor<f32>):
      %798 = stablehlo.add %796, %797 : tensor<f32>
      "stablehlo.return"(%798) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %799 = "stablehlo.dot_general"(%793, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %800 = "stablehlo.dot_general"(%793, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %801 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %802 = "stablehlo.reduce"(%799, %801) ({
    ^bb0(%803: tensor<f32>, %804: tensor<f32>):
      %805 = stablehlo.add %803, %804 : tensor<f32>
      "stablehlo.return"(%805) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %806 = stablehlo.multiply %799, %259 : tensor<2x17x64xf32>
    %807 = stablehlo.multiply %799, %258 : tensor<2x17x64xf32>
    %808 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %809 = "stablehlo.reduce"(%807, %808) ({
    ^bb0(%810: tensor<f32>, %811: tensor<f32>):
      %812 = stablehlo.add %810, %811 : tensor<f32>
      "stablehlo.return"(%812) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %813 = stablehlo.multiply %806, %257 : tensor<2x17x64xf32>
    %814 = stablehlo.multiply %806, %241 : tensor<2x17x64xf32>
    %815 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %816 = "stablehlo.reduce"(%814, %815) ({
    ^bb0(%817: tensor<f32>, %818: tensor<f32>):
      %819 = stablehlo.add %817, %818 : tensor<f32>
      "stablehlo.return"(%819) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %820 = "stablehlo.reshape"(%816) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %821 = stablehlo.divide %255, %254 : tensor<2x17x1xf32>
    %822 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %823 = "stablehlo.broadcast_in_dim"(%822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %824 = stablehlo.multiply %821, %823 : tensor<2x17x1xf32>
    %825 = stablehlo.multiply %820, %824 : tensor<2x17x1xf32>
    %826 = "stablehlo.reshape"(%825) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %827 = stablehlo.multiply %826, %249 : tensor<2x17xf32>
    %828 = "stablehlo.broadcast_in_dim"(%827) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %829 = stablehlo.multiply %828, %241 : tensor<2x17x64xf32>
    %830 = stablehlo.multiply %828, %241 : tensor<2x17x64xf32>
    %831 = stablehlo.add %813, %829 : tensor<2x17x64xf32>
    %832 = stablehlo.add %831, %830 : tensor<2x17x64xf32>
    %833 = stablehlo.negate %832 : tensor<2x17x64xf32>
    %834 = stablehlo.add %765, %832 : tensor<2x17x64xf32>
    %835 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %836 = "stablehlo.reduce"(%833, %835) ({
    ^bb0(%837: tensor<f32>, %838: tensor<f32>):
      %839 = stablehlo.add %837, %838 : tensor<f32>
      "stablehlo.return"(%839) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %840 = "stablehlo.reshape"(%836) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %841 = "stablehlo.reshape"(%840) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %842 = stablehlo.multiply %841, %236 : tensor<2x17xf32>
    %843 = "stablehlo.broadcast_in_dim"(%842) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %844 = stablehlo.add %834, %843 : tensor<2x17x64xf32>
    %845 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %846 = "stablehlo.reduce"(%844, %845) ({
    ^bb0(%847: tensor<f32>, %848: tensor<f32>):
      %849 = stablehlo.add %847, %848 : tensor<f32>
      "stablehlo.return"(%849) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %850 = "stablehlo.dot_general"(%844, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %851 = "stablehlo.dot_general"(%844, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %852 = "stablehlo.reshape"(%850) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %853 = "stablehlo.transpose"(%852) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %854 = "stablehlo.dot_general"(%853, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %855 = "stablehlo.dot_general"(%853, %222) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %856 = "stablehlo.transpose"(%855) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %857 = stablehlo.multiply %854, %222 : tensor<2x4x17x17xf32>
    %858 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %859 = "stablehlo.reduce"(%857, %858) ({
    ^bb0(%860: tensor<f32>, %861: tensor<f32>):
      %862 = stablehlo.add %860, %861 : tensor<f32>
      "stablehlo.return"(%862) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %863 = "stablehlo.reshape"(%859) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %864 = "stablehlo.reshape"(%863) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %865 = "stablehlo.broadcast_in_dim"(%864) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %866 = stablehlo.subtract %854, %865 : tensor<2x4x17x17xf32>
    %867 = stablehlo.multiply %222, %866 : tensor<2x4x17x17xf32>
    %868 = stablehlo.multiply %867, %202 : tensor<2x4x17x17xf32>
    %869 = "stablehlo.dot_general"(%868, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %870 = "stablehlo.dot_general"(%868, %189) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %871 = "stablehlo.transpose"(%856) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %872 = "stablehlo.reshape"(%871) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %873 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %874 = "stablehlo.reduce"(%872, %873) ({
    ^bb0(%875: tensor<f32>, %876: tensor<f32>):
      %877 = stablehlo.add %875, %876 : tensor<f32>
      "stablehlo.return"(%877) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %878 = "stablehlo.dot_general"(%872, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %879 = "stablehlo.dot_general"(%872, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %880 = "stablehlo.transpose"(%870) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %881 = "stablehlo.reshape"(%880) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %882 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %883 = "stablehlo.reduce"(%881, %882) ({
    ^bb0(%884: tensor<f32>, %885: tensor<f32>):
      %886 = stablehlo.add %884, %885 : tensor<f32>
      "stablehlo.return"(%886) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %887 = "stablehlo.dot_general"(%881, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %888 = "stablehlo.dot_general"(%881, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %889 = stablehlo.add %878, %887 : tensor<2x17x64xf32>
    %890 = "stablehlo.transpose"(%869) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %891 = "stablehlo.reshape"(%890) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %892 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %893 = "stablehlo.reduce"(%891, %892) ({
    ^bb0(%894: tensor<f32>, %895: tensor<f32>):
      %896 = stablehlo.add %894, %895 : tensor<f32>
      "stablehlo.return"(%896) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %897 = "stablehlo.dot_general"(%891, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %898 = "stablehlo.dot_general"(%891, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %899 = stablehlo.add %889, %897 : tensor<2x17x64xf32>
    %900 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %901 = "stablehlo.reduce"(%899, %900) ({
    ^bb0(%902: tensor<f32>, %903: tensor<f32>):
      %904 = stablehlo.add %902, %903 : tensor<f32>
      "stablehlo.return"(%904) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %905 = stablehlo.multiply %899, %181 : tensor<2x17x64xf32>
    %906 = stablehlo.multiply %899, %180 : tensor<2x17x64xf32>
    %907 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %908 = "stablehlo.reduce"(%906, %907) ({
    ^bb0(%909: tensor<f32>, %910: tensor<f32>):
      %911 = stablehlo.add %909, %910 : tensor<f32>
      "stablehlo.return"(%911) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %912 = stablehlo.multiply %905, %179 : tensor<2x17x64xf32>
    %913 = stablehlo.multiply %905, %163 : tensor<2x17x64xf32>
    %914 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %915 = "stablehlo.reduce"(%913, %914) ({
    ^bb0(%916: tensor<f32>, %917: tensor<f32>):
      %918 = stablehlo.add %916, %917 : tensor<f32>
      "stablehlo.return"(%918) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %919 = "stablehlo.reshape"(%915) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %920 = stablehlo.divide %177, %176 : tensor<2x17x1xf32>
    %921 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %922 = "stablehlo.broadcast_in_dim"(%921) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %923 = stablehlo.multiply %920, %922 : tensor<2x17x1xf32>
    %924 = stablehlo.multiply %919, %923 : tensor<2x17x1xf32>
    %925 = "stablehlo.reshape"(%924) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %926 = stablehlo.multiply %925, %171 : tensor<2x17xf32>
    %927 = "stablehlo.broadcast_in_dim"(%926) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %928 = stablehlo.multiply %927, %163 : tensor<2x17x64xf32>
    %929 = stablehlo.multiply %927, %163 : tensor<2x17x64xf32>
    %930 = stablehlo.add %912, %928 : tensor<2x17x64xf32>
    %931 = stablehlo.add %930, %929 : tensor<2x17x64xf32>
    %932 = stablehlo.negate %931 : tensor<2x17x64xf32>
    %933 = stablehlo.add %844, %931 : tensor<2x17x64xf32>
    %934 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %935 = "stablehlo.reduce"(%932, %934) ({
    ^bb0(%936: tensor<f32>, %937: tensor<f32>):
      %938 = stablehlo.add %936, %937 : tensor<f32>
      "stablehlo.return"(%938) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %939 = "stablehlo.reshape"(%935) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %940 = "stablehlo.reshape"(%939) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %941 = stablehlo.multiply %940, %158 : tensor<2x17xf32>
    %942 = "stablehlo.broadcast_in_dim"(%941) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %943 = stablehlo.add %933, %942 : tensor<2x17x64xf32>
    %944 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %945 = "stablehlo.reduce"(%943, %944) ({
    ^bb0(%946: tensor<f32>, %947: tensor<f32>):
      %948 = stablehlo.add %946, %947 : tensor<f32>
      "stablehlo.return"(%948) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<17x64xf32>
    %949 = "stablehlo.reshape"(%945) : (tensor<17x64xf32>) -> tensor<1x17x64xf32>
    %950 = "stablehlo.slice"(%943) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %951 = "stablehlo.slice"(%943) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %952 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %953 = "stablehlo.reduce"(%950, %952) ({
    ^bb0(%954: tensor<f32>, %955: tensor<f32>):
      %956 = stablehlo.add %954, %955 : tensor<f32>
      "stablehlo.return"(%956) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %957 = "stablehlo.reshape"(%953) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %958 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %959 = "stablehlo.reduce"(%951, %958) ({
    ^bb0(%960: tensor<f32>, %961: tensor<f32>):
      %962 = stablehlo.add %960, %961 : tensor<f32>
      "stablehlo.return"(%962) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %963 = "stablehlo.dot_general"(%951, %141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %964 = "stablehlo.reshape"(%963) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %965 = stablehlo.multiply %957, %957 : tensor<1x1x64xf32>
    %966 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %967 = "stablehlo.reduce"(%965, %966) ({
    ^bb0(%968: tensor<f32>, %969: tensor<f32>):
      %970 = stablehlo.add %968, %969 : tensor<f32>
      "stablehlo.return"(%970) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %971 = stablehlo.multiply %949, %949 : tensor<1x17x64xf32>
    %972 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %973 = "stablehlo.reduce"(%971, %972) ({
    ^bb0(%974: tensor<f32>, %975: tensor<f32>):
      %976 = stablehlo.add %974, %975 : tensor<f32>
      "stablehlo.return"(%976) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %977 = stablehlo.add %967, %973 : tensor<f32>
    %978 = stablehlo.multiply %964, %964 : tensor<64x3x8x8xf32>
    %979 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %980 = "stablehlo.reduce"(%978, %979) ({
    ^bb0(%981: tensor<f32>, %982: tensor<f32>):
      %983 = stablehlo.add %981, %982 : tensor<f32>
      "stablehlo.return"(%983) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %984 = stablehlo.add %977, %980 : tensor<f32>
    %985 = stablehlo.multiply %959, %959 : tensor<64xf32>
    %986 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %987 = "stablehlo.reduce"(%985, %986) ({
    ^bb0(%988: tensor<f32>, %989: tensor<f32>):
      %990 = stablehlo.add %988, %989 : tensor<f32>
      "stablehlo.return"(%990) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %991 = stablehlo.add %984, %987 : tensor<f32>
    %992 = stablehlo.multiply %908, %908 : tensor<64xf32>
    %993 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %994 = "stablehlo.reduce"(%992, %993) ({
    ^bb0(%995: tensor<f32>, %996: tensor<f32>):
      %997 = stablehlo.add %995, %996 : tensor<f32>
      "stablehlo.return"(%997) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %998 = stablehlo.add %991, %994 : tensor<f32>
    %999 = stablehlo.multiply %901, %901 : tensor<64xf32>
    %1000 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1001 = "stablehlo.reduce"(%999, %1000) ({
    ^bb0(%1002: tensor<f32>, %1003: tensor<f32>):
      %1004 = stablehlo.add %1002, %1003 : tensor<f32>
      "stablehlo.return"(%1004) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1005 = stablehlo.add %998, %1001 : tensor<f32>
    %1006 = stablehlo.multiply %898, %898 : tensor<64x64xf32>
    %1007 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1008 = "stablehlo.reduce"(%1006, %1007) ({
    ^bb0(%1009: tensor<f32>, %1010: tensor<f32>):
      %1011 = stablehlo.add %1009, %1010 : tensor<f32>
      "stablehlo.return"(%1011) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1012 = stablehlo.add %1005, %1008 : tensor<f32>
    %1013 = stablehlo.multiply %893, %893 : tensor<64xf32>
    %1014 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1015 = "stablehlo.reduce"(%1013, %1014) ({
    ^bb0(%1016: tensor<f32>, %1017: tensor<f32>):
      %1018 = stablehlo.add %1016, %1017 : tensor<f32>
      "stablehlo.return"(%1018) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1019 = stablehlo.add %1012, %1015 : tensor<f32>
    %1020 = stablehlo.multiply %888, %888 : tensor<64x64xf32>
    %1021 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1022 = "stablehlo.reduce"(%1020, %1021) ({
    ^bb0(%1023: tensor<f32>, %1024: tensor<f32>):
      %1025 = stablehlo.add %1023, %1024 : tensor<f32>
      "stablehlo.return"(%1025) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1026 = stablehlo.add %1019, %1022 : tensor<f32>
    %1027 = stablehlo.multiply %883, %883 : tensor<64xf32>
    %1028 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1029 = "stablehlo.reduce"(%1027, %1028) ({
    ^bb0(%1030: tensor<f32>, %1031: tensor<f32>):
      %1032 = stablehlo.add %1030, %1031 : tensor<f32>
      "stablehlo.return"(%1032) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1033 = stablehlo.add %1026, %1029 : tensor<f32>
    %1034 = stablehlo.multiply %879, %879 : tensor<64x64xf32>
    %1035 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1036 = "stablehlo.reduce"(%1034, %1035) ({
    ^bb0(%1037: tensor<f32>, %1038: tensor<f32>):
      %1039 = stablehlo.add %1037, %1038 : tensor<f32>
      "stablehlo.return"(%1039) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1040 = stablehlo.add %1033, %1036 : tensor<f32>
    %1041 = stablehlo.multiply %874, %874 : tensor<64xf32>
    %1042 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1043 = "stablehlo.reduce"(%1041, %1042) ({
    ^bb0(%1044: tensor<f32>, %1045: tensor<f32>):
      %1046 = stablehlo.add %1044, %1045 : tensor<f32>
      "stablehlo.return"(%1046) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1047 = stablehlo.add %1040, %1043 : tensor<f32>
    %1048 = stablehlo.multiply %851, %851 : tensor<64x64xf32>
    %1049 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1050 = "stablehlo.reduce"(%1048, %1049) ({
    ^bb0(%1051: tensor<f32>, %1052: tensor<f32>):
      %1053 = stablehlo.add %1051, %1052 : tensor<f32>
      "stablehlo.return"(%1053) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1054 = stablehlo.add %1047, %1050 : tensor<f32>
    %1055 = stablehlo.multiply %846, %846 : tensor<64xf32>
    %1056 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1057 = "stablehlo.reduce"(%1055, %1056) ({
    ^bb0(%1058: tensor<f32>, %1059: tensor<f32>):
      %1060 = stablehlo.add %1058, %1059 : tensor<f32>
      "stablehlo.return"(%1060) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1061 = stablehlo.add %1054, %1057 : tensor<f32>
    %1062 = stablehlo.multiply %809, %809 : tensor<64xf32>
    %1063 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1064 = "stablehlo.reduce"(%1062, %1063) ({
    ^bb0(%1065: tensor<f32>, %1066: tensor<f32>):
      %1067 = stablehlo.add %1065, %1066 : tensor<f32>
      "stablehlo.return"(%1067) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1068 = stablehlo.add %1061, %1064 : tensor<f32>
    %1069 = stablehlo.multiply %802, %802 : tensor<64xf32>
    %1070 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1071 = "stablehlo.reduce"(%1069, %1070) ({
    ^bb0(%1072: tensor<f32>, %1073: tensor<f32>):
      %1074 = stablehlo.add %1072, %1073 : tensor<f32>
      "stablehlo.return"(%1074) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1075 = stablehlo.add %1068, %1071 : tensor<f32>
    %1076 = stablehlo.multiply %800, %800 : tensor<128x64xf32>
    %1077 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1078 = "stablehlo.reduce"(%1076, %1077) ({
    ^bb0(%1079: tensor<f32>, %1080: tensor<f32>):
      %1081 = stablehlo.add %1079, %1080 : tensor<f32>
      "stablehlo.return"(%1081) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1082 = stablehlo.add %1075, %1078 : tensor<f32>
    %1083 = stablehlo.multiply %795, %795 : tensor<128xf32>
    %1084 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1085 = "stablehlo.reduce"(%1083, %1084) ({
    ^bb0(%1086: tensor<f32>, %1087: tensor<f32>):
      %1088 = stablehlo.add %1086, %1087 : tensor<f32>
      "stablehlo.return"(%1088) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1089 = stablehlo.add %1082, %1085 : tensor<f32>
    %1090 = stablehlo.multiply %772, %772 : tensor<64x128xf32>
    %1091 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1092 = "stablehlo.reduce"(%1090, %1091) ({
    ^bb0(%1093: tensor<f32>, %1094: tensor<f32>):
      %1095 = stablehlo.add %1093, %1094 : tensor<f32>
      "stablehlo.return"(%1095) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1096 = stablehlo.add %1089, %1092 : tensor<f32>
    %1097 = stablehlo.multiply %767, %767 : tensor<64xf32>
    %1098 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1099 = "stablehlo.reduce"(%1097, %1098) ({
    ^bb0(%1100: tensor<f32>, %1101: tensor<f32>):
      %1102 = stablehlo.add %1100, %1101 : tensor<f32>
      "stablehlo.return"(%1102) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1103 = stablehlo.add %1096, %1099 : tensor<f32>
    %1104 = stablehlo.multiply %730, %730 : tensor<64xf32>
    %1105 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1106 = "stablehlo.reduce"(%1104, %1105) ({
    ^bb0(%1107: tensor<f32>, %1108: tensor<f32>):
      %1109 = stablehlo.add %1107, %1108 : tensor<f32>
      "stablehlo.return"(%1109) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1110 = stablehlo.add %1103, %1106 : tensor<f32>
    %1111 = stablehlo.multiply %723, %723 : tensor<64xf32>
    %1112 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1113 = "stablehlo.reduce"(%1111, %1112) ({
    ^bb0(%1114: tensor<f32>, %1115: tensor<f32>):
      %1116 = stablehlo.add %1114, %1115 : tensor<f32>
      "stablehlo.return"(%1116) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1117 = stablehlo.add %1110, %1113 : tensor<f32>
    %1118 = stablehlo.multiply %720, %720 : tensor<64x64xf32>
    %1119 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1120 = "stablehlo.reduce"(%1118, %1119) ({
    ^bb0(%1121: tensor<f32>, %1122: tensor<f32>):
      %1123 = stablehlo.add %1121, %1122 : tensor<f32>
      "stablehlo.return"(%1123) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1124 = stablehlo.add %1117, %1120 : tensor<f32>
    %1125 = stablehlo.multiply %715, %715 : tensor<64xf32>
    %1126 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1127 = "stablehlo.reduce"(%1125, %1126) ({
    ^bb0(%1128: tensor<f32>, %1129: tensor<f32>):
      %1130 = stablehlo.add %1128, %1129 : tensor<f32>
      "stablehlo.return"(%1130) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1131 = stablehlo.add %1124, %1127 : tensor<f32>
    %1132 = stablehlo.multiply %710, %710 : tensor<64x64xf32>
    %1133 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1134 = "stablehlo.reduce"(%1132, %1133) ({
    ^bb0(%1135: tensor<f32>, %1136: tensor<f32>):
      %1137 = stablehlo.add %1135, %1136 : tensor<f32>
      "stablehlo.return"(%1137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1138 = stablehlo.add %1131, %1134 : tensor<f32>
    %1139 = stablehlo.multiply %705, %705 : tensor<64xf32>
    %1140 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1141 = "stablehlo.reduce"(%1139, %1140) ({
    ^bb0(%1142: tensor<f32>, %1143: tensor<f32>):
      %1144 = stablehlo.add %1142, %1143 : tensor<f32>
      "stablehlo.return"(%1144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1145 = stablehlo.add %1138, %1141 : tensor<f32>
    %1146 = stablehlo.multiply %701, %701 : tensor<64x64xf32>
    %1147 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1148 = "stablehlo.reduce"(%1146, %1147) ({
    ^bb0(%1149: tensor<f32>, %1150: tensor<f32>):
      %1151 = stablehlo.add %1149, %1150 : tensor<f32>
      "stablehlo.return"(%1151) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1152 = stablehlo.add %1145, %1148 : tensor<f32>
    %1153 = stablehlo.multiply %696, %696 : tensor<64xf32>
    %1154 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1155 = "stablehlo.reduce"(%1153, %1154) ({
    ^bb0(%1156: tensor<f32>, %1157: tensor<f32>):
      %1158 = stablehlo.add %1156, %1157 : tensor<f32>
      "stablehlo.return"(%1158) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1159 = stablehlo.add %1152, %1155 : tensor<f32>
    %1160 = stablehlo.multiply %673, %673 : tensor<64x64xf32>
    %1161 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1162 = "stablehlo.reduce"(%1160, %1161) ({
    ^bb0(%1163: tensor<f32>, %1164: tensor<f32>):
      %1165 = stablehlo.add %1163, %1164 : tensor<f32>
      "stablehlo.return"(%1165) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1166 = stablehlo.add %1159, %1162 : tensor<f32>
    %1167 = stablehlo.multiply %668, %668 : tensor<64xf32>
    %1168 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1169 = "stablehlo.reduce"(%1167, %1168) ({
    ^bb0(%1170: tensor<f32>, %1171: tensor<f32>):
      %1172 = stablehlo.add %1170, %1171 : tensor<f32>
      "stablehlo.return"(%1172) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1173 = stablehlo.add %1166, %1169 : tensor<f32>
    %1174 = stablehlo.multiply %631, %631 : tensor<64xf32>
    %1175 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1176 = "stablehlo.reduce"(%1174, %1175) ({
    ^bb0(%1177: tensor<f32>, %1178: tensor<f32>):
      %1179 = stablehlo.add %1177, %1178 : tensor<f32>
      "stablehlo.return"(%1179) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1180 = stablehlo.add %1173, %1176 : tensor<f32>
    %1181 = stablehlo.multiply %624, %624 : tensor<64xf32>
    %1182 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1183 = "stablehlo.reduce"(%1181, %1182) ({
    ^bb0(%1184: tensor<f32>, %1185: tensor<f32>):
      %1186 = stablehlo.add %1184, %1185 : tensor<f32>
      "stablehlo.return"(%1186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1187 = stablehlo.add %1180, %1183 : tensor<f32>
    %1188 = stablehlo.multiply %622, %622 : tensor<128x64xf32>
    %1189 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1190 = "stablehlo.reduce"(%1188, %1189) ({
    ^bb0(%1191: tensor<f32>, %1192: tensor<f32>):
      %1193 = stablehlo.add %1191, %1192 : tensor<f32>
      "stablehlo.return"(%1193) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1194 = stablehlo.add %1187, %1190 : tensor<f32>
    %1195 = stablehlo.multiply %617, %617 : tensor<128xf32>
    %1196 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1197 = "stablehlo.reduce"(%1195, %1196) ({
    ^bb0(%1198: tensor<f32>, %1199: tensor<f32>):
      %1200 = stablehlo.add %1198, %1199 : tensor<f32>
      "stablehlo.return"(%1200) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1201 = stablehlo.add %1194, %1197 : tensor<f32>
    %1202 = stablehlo.multiply %594, %594 : tensor<64x128xf32>
    %1203 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1204 = "stablehlo.reduce"(%1202, %1203) ({
    ^bb0(%1205: tensor<f32>, %1206: tensor<f32>):
      %1207 = stablehlo.add %1205, %1206 : tensor<f32>
      "stablehlo.return"(%1207) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1208 = stablehlo.add %1201, %1204 : tensor<f32>
    %1209 = stablehlo.multiply %589, %589 : tensor<64xf32>
    %1210 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1211 = "stablehlo.reduce"(%1209, %1210) ({
    ^bb0(%1212: tensor<f32>, %1213: tensor<f32>):
      %1214 = stablehlo.add %1212, %1213 : tensor<f32>
      "stablehlo.return"(%1214) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1215 = stablehlo.add %1208, %1211 : tensor<f32>
    %1216 = stablehlo.multiply %553, %553 : tensor<64xf32>
    %1217 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1218 = "stablehlo.reduce"(%1216, %1217) ({
    ^bb0(%1219: tensor<f32>, %1220: tensor<f32>):
      %1221 = stablehlo.add %1219, %1220 : tensor<f32>
      "stablehlo.return"(%1221) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1222 = stablehlo.add %1215, %1218 : tensor<f32>
    %1223 = stablehlo.multiply %546, %546 : tensor<64xf32>
    %1224 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1225 = "stablehlo.reduce"(%1223, %1224) ({
    ^bb0(%1226: tensor<f32>, %1227: tensor<f32>):
      %1228 = stablehlo.add %1226, %1227 : tensor<f32>
      "stablehlo.return"(%1228) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1229 = stablehlo.add %1222, %1225 : tensor<f32>
    %1230 = stablehlo.multiply %541, %541 : tensor<5x64xf32>
    %1231 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1232 = "stablehlo.reduce"(%1230, %1231) ({
    ^bb0(%1233: tensor<f32>, %1234: tensor<f32>):
      %1235 = stablehlo.add %1233, %1234 : tensor<f32>
      "stablehlo.return"(%1235) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1236 = stablehlo.add %1229, %1232 : tensor<f32>
    %1237 = stablehlo.multiply %536, %536 : tensor<5xf32>
    %1238 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1239 = "stablehlo.reduce"(%1237, %1238) ({
    ^bb0(%1240: tensor<f32>, %1241: tensor<f32>):
      %1242 = stablehlo.add %1240, %1241 : tensor<f32>
      "stablehlo.return"(%1242) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1243 = stablehlo.add %1236, %1239 : tensor<f32>
    %1244 = stablehlo.sqrt %1243 : tensor<f32>
    %1245 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1246 = "stablehlo.compare"(%1244, %1245) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1247 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1248 = "stablehlo.broadcast_in_dim"(%1247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1249 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1250 = stablehlo.divide %1249, %1244 : tensor<f32>
    %1251 = "stablehlo.select"(%1246, %1248, %1250) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1252 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1253 = stablehlo.multiply %957, %1252 : tensor<1x1x64xf32>
    %1254 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1255 = stablehlo.multiply %949, %1254 : tensor<1x17x64xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1257 = stablehlo.multiply %964, %1256 : tensor<64x3x8x8xf32>
    %1258 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1259 = stablehlo.multiply %959, %1258 : tensor<64xf32>
    %1260 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1261 = stablehlo.multiply %908, %1260 : tensor<64xf32>
    %1262 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1263 = stablehlo.multiply %901, %1262 : tensor<64xf32>
    %1264 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1265 = stablehlo.multiply %898, %1264 : tensor<64x64xf32>
    %1266 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1267 = stablehlo.multiply %893, %1266 : tensor<64xf32>
    %1268 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1269 = stablehlo.multiply %888, %1268 : tensor<64x64xf32>
    %1270 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1271 = stablehlo.multiply %883, %1270 : tensor<64xf32>
    %1272 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1273 = stablehlo.multiply %879, %1272 : tensor<64x64xf32>
    %1274 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1275 = stablehlo.multiply %874, %1274 : tensor<64xf32>
    %1276 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1277 = stablehlo.multiply %851, %1276 : tensor<64x64xf32>
    %1278 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1279 = stablehlo.multiply %846, %1278 : tensor<64xf32>
    %1280 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1281 = stablehlo.multiply %809, %1280 : tensor<64xf32>
    %1282 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1283 = stablehlo.multiply %802, %1282 : tensor<64xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1285 = stablehlo.multiply %800, %1284 : tensor<128x64xf32>
    %1286 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1287 = stablehlo.multiply %795, %1286 : tensor<128xf32>
    %1288 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1289 = stablehlo.multiply %772, %1288 : tensor<64x128xf32>
    %1290 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1291 = stablehlo.multiply %767, %1290 : tensor<64xf32>
    %1292 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1293 = stablehlo.multiply %730, %1292 : tensor<64xf32>
    %1294 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1295 = stablehlo.multiply %723, %1294 : tensor<64xf32>
    %1296 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1297 = stablehlo.multiply %720, %1296 : tensor<64x64xf32>
    %1298 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1299 = stablehlo.multiply %715, %1298 : tensor<64xf32>
    %1300 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1301 = stablehlo.multiply %710, %1300 : tensor<64x64xf32>
    %1302 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1303 = stablehlo.multiply %705, %1302 : tensor<64xf32>
    %1304 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1305 = stablehlo.multiply %701, %1304 : tensor<64x64xf32>
    %1306 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1307 = stablehlo.multiply %696, %1306 : tensor<64xf32>
    %1308 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1309 = stablehlo.multiply %673, %1308 : tensor<64x64xf32>
    %1310 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1311 = stablehlo.multiply %668, %1310 : tensor<64xf32>
    %1312 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1313 = stablehlo.multiply %631, %1312 : tensor<64xf32>
    %1314 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1315 = stablehlo.multiply %624, %1314 : tensor<64xf32>
    %1316 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1317 = stablehlo.multiply %622, %1316 : tensor<128x64xf32>
    %1318 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1319 = stablehlo.multiply %617, %1318 : tensor<128xf32>
    %1320 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1321 = stablehlo.multiply %594, %1320 : tensor<64x128xf32>
    %1322 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1323 = stablehlo.multiply %589, %1322 : tensor<64xf32>
    %1324 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1325 = stablehlo.multiply %553, %1324 : tensor<64xf32>
    %1326 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1327 = stablehlo.multiply %546, %1326 : tensor<64xf32>
    %1328 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1329 = stablehlo.multiply %541, %1328 : tensor<5x64xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1331 = stablehlo.multiply %536, %1330 : tensor<5xf32>
    %1332 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1333 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1334 = stablehlo.multiply %1332, %1333 : tensor<f32>
    %1335 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1336 = stablehlo.add %1332, %1335 : tensor<f32>
    %1337 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1338 = stablehlo.minimum %1336, %1337 : tensor<f32>
    %1339 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1340 = stablehlo.multiply %1338, %1339 : tensor<f32>
    %1341 = stablehlo.cosine %1340 : tensor<f32>
    %1342 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1343 = stablehlo.add %1341, %1342 : tensor<f32>
    %1344 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1345 = stablehlo.multiply %1343, %1344 : tensor<f32>
    %1346 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1347 = "stablehlo.compare"(%1332, %1346) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1348 = "stablehlo.select"(%1347, %1334, %1345) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1349 = stablehlo.constant dense<1> : tensor<i32>
    %1350 = stablehlo.add %arg120, %1349 : tensor<i32>
    %1351 = "stablehlo.convert"(%1350) : (tensor<i32>) -> tensor<f32>
    %1352 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1353 = "stablehlo.broadcast_in_dim"(%1352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1354 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1355 = stablehlo.power %1354, %1351 : tensor<f32>
    %1356 = stablehlo.subtract %1353, %1355 : tensor<f32>
    %1357 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1358 = "stablehlo.broadcast_in_dim"(%1357) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1359 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1360 = stablehlo.power %1359, %1351 : tensor<f32>
    %1361 = stablehlo.subtract %1358, %1360 : tensor<f32>
    %1362 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1363 = "stablehlo.broadcast_in_dim"(%1362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1364 = stablehlo.multiply %arg40, %1363 : tensor<1x1x64xf32>
    %1365 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1366 = "stablehlo.broadcast_in_dim"(%1365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1367 = stablehlo.multiply %1253, %1366 : tensor<1x1x64xf32>
    %1368 = stablehlo.add %1364, %1367 : tensor<1x1x64xf32>
    %1369 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1370 = "stablehlo.broadcast_in_dim"(%1369) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1371 = stablehlo.multiply %arg80, %1370 : tensor<1x1x64xf32>
    %1372 = stablehlo.multiply %1253, %1253 : tensor<1x1x64xf32>
    %1373 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1374 = "stablehlo.broadcast_in_dim"(%1373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1375 = stablehlo.multiply %1372, %1374 : tensor<1x1x64xf32>
    %1376 = stablehlo.add %1371, %1375 : tensor<1x1x64xf32>
    %1377 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1378 = stablehlo.divide %1368, %1377 : tensor<1x1x64xf32>
    %1379 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1380 = stablehlo.divide %1376, %1379 : tensor<1x1x64xf32>
    %1381 = stablehlo.sqrt %1380 : tensor<1x1x64xf32>
    %1382 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1384 = stablehlo.add %1381, %1383 : tensor<1x1x64xf32>
    %1385 = stablehlo.divide %1378, %1384 : tensor<1x1x64xf32>
    %1386 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1387 = stablehlo.multiply %1385, %1386 : tensor<1x1x64xf32>
    %1388 = stablehlo.subtract %arg0, %1387 : tensor<1x1x64xf32>
    %1389 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1390 = "stablehlo.broadcast_in_dim"(%1389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1391 = stablehlo.multiply %arg41, %1390 : tensor<1x17x64xf32>
    %1392 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1393 = "stablehlo.broadcast_in_dim"(%1392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1394 = stablehlo.multiply %1255, %1393 : tensor<1x17x64xf32>
    %1395 = stablehlo.add %1391, %1394 : tensor<1x17x64xf32>
    %1396 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1397 = "stablehlo.broadcast_in_dim"(%1396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1398 = stablehlo.multiply %arg81, %1397 : tensor<1x17x64xf32>
    %1399 = stablehlo.multiply %1255, %1255 : tensor<1x17x64xf32>
    %1400 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1401 = "stablehlo.broadcast_in_dim"(%1400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1402 = stablehlo.multiply %1399, %1401 : tensor<1x17x64xf32>
    %1403 = stablehlo.add %1398, %1402 : tensor<1x17x64xf32>
    %1404 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1405 = stablehlo.divide %1395, %1404 : tensor<1x17x64xf32>
    %1406 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1407 = stablehlo.divide %1403, %1406 : tensor<1x17x64xf32>
    %1408 = stablehlo.sqrt %1407 : tensor<1x17x64xf32>
    %1409 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1410 = "stablehlo.broadcast_in_dim"(%1409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1411 = stablehlo.add %1408, %1410 : tensor<1x17x64xf32>
    %1412 = stablehlo.divide %1405, %1411 : tensor<1x17x64xf32>
    %1413 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1414 = stablehlo.multiply %1412, %1413 : tensor<1x17x64xf32>
    %1415 = stablehlo.subtract %arg1, %1414 : tensor<1x17x64xf32>
    %1416 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1418 = stablehlo.multiply %arg42, %1417 : tensor<64x3x8x8xf32>
    %1419 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1421 = stablehlo.multiply %1257, %1420 : tensor<64x3x8x8xf32>
    %1422 = stablehlo.add %1418, %1421 : tensor<64x3x8x8xf32>
    %1423 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1424 = "stablehlo.broadcast_in_dim"(%1423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1425 = stablehlo.multiply %arg82, %1424 : tensor<64x3x8x8xf32>
    %1426 = stablehlo.multiply %1257, %1257 : tensor<64x3x8x8xf32>
    %1427 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1429 = stablehlo.multiply %1426, %1428 : tensor<64x3x8x8xf32>
    %1430 = stablehlo.add %1425, %1429 : tensor<64x3x8x8xf32>
    %1431 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1432 = stablehlo.divide %1422, %1431 : tensor<64x3x8x8xf32>
    %1433 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1434 = stablehlo.divide %1430, %1433 : tensor<64x3x8x8xf32>
    %1435 = stablehlo.sqrt %1434 : tensor<64x3x8x8xf32>
    %1436 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1437 = "stablehlo.broadcast_in_dim"(%1436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1438 = stablehlo.add %1435, %1437 : tensor<64x3x8x8xf32>
    %1439 = stablehlo.divide %1432, %1438 : tensor<64x3x8x8xf32>
    %1440 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1441 = "stablehlo.broadcast_in_dim"(%1440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1442 = stablehlo.multiply %arg2, %1441 : tensor<64x3x8x8xf32>
    %1443 = stablehlo.add %1439, %1442 : tensor<64x3x8x8xf32>
    %1444 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1445 = stablehlo.multiply %1443, %1444 : tensor<64x3x8x8xf32>
    %1446 = stablehlo.subtract %arg2, %1445 : tensor<64x3x8x8xf32>
    %1447 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1448 = "stablehlo.broadcast_in_dim"(%1447) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1449 = stablehlo.multiply %arg43, %1448 : tensor<64xf32>
    %1450 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1451 = "stablehlo.broadcast_in_dim"(%1450) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1452 = stablehlo.multiply %1259, %1451 : tensor<64xf32>
    %1453 = stablehlo.add %1449, %1452 : tensor<64xf32>
    %1454 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1455 = "stablehlo.broadcast_in_dim"(%1454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1456 = stablehlo.multiply %arg83, %1455 : tensor<64xf32>
    %1457 = stablehlo.multiply %1259, %1259 : tensor<64xf32>
    %1458 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1460 = stablehlo.multiply %1457, %1459 : tensor<64xf32>
    %1461 = stablehlo.add %1456, %1460 : tensor<64xf32>
    %1462 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1463 = stablehlo.divide %1453, %1462 : tensor<64xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1465 = stablehlo.divide %1461, %1464 : tensor<64xf32>
    %1466 = stablehlo.sqrt %1465 : tensor<64xf32>
    %1467 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1468 = "stablehlo.broadcast_in_dim"(%1467) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1469 = stablehlo.add %1466, %1468 : tensor<64xf32>
    %1470 = stablehlo.divide %1463, %1469 : tensor<64xf32>
    %1471 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1472 = stablehlo.multiply %1470, %1471 : tensor<64xf32>
    %1473 = stablehlo.subtract %arg3, %1472 : tensor<64xf32>
    %1474 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1475 = "stablehlo.broadcast_in_dim"(%1474) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1476 = stablehlo.multiply %arg44, %1475 : tensor<64xf32>
    %1477 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1478 = "stablehlo.broadcast_in_dim"(%1477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1479 = stablehlo.multiply %1261, %1478 : tensor<64xf32>
    %1480 = stablehlo.add %1476, %1479 : tensor<64xf32>
    %1481 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1482 = "stablehlo.broadcast_in_dim"(%1481) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1483 = stablehlo.multiply %arg84, %1482 : tensor<64xf32>
    %1484 = stablehlo.multiply %1261, %1261 : tensor<64xf32>
    %1485 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1486 = "stablehlo.broadcast_in_dim"(%1485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1487 = stablehlo.multiply %1484, %1486 : tensor<64xf32>
    %1488 = stablehlo.add %1483, %1487 : tensor<64xf32>
    %1489 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1490 = stablehlo.divide %1480, %1489 : tensor<64xf32>
    %1491 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1492 = stablehlo.divide %1488, %1491 : tensor<64xf32>
    %1493 = stablehlo.sqrt %1492 : tensor<64xf32>
    %1494 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1496 = stablehlo.add %1493, %1495 : tensor<64xf32>
    %1497 = stablehlo.divide %1490, %1496 : tensor<64xf32>
    %1498 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1499 = stablehlo.multiply %1497, %1498 : tensor<64xf32>
    %1500 = stablehlo.subtract %arg4, %1499 : tensor<64xf32>
    %1501 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1502 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1503 = stablehlo.multiply %arg45, %1502 : tensor<64xf32>
    %1504 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1505 = "stablehlo.broadcast_in_dim"(%1504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1506 = stablehlo.multiply %1263, %1505 : tensor<64xf32>
    %1507 = stablehlo.add %1503, %1506 : tensor<64xf32>
    %1508 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1509 = "stablehlo.broadcast_in_dim"(%1508) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1510 = stablehlo.multiply %arg85, %1509 : tensor<64xf32>
    %1511 = stablehlo.multiply %1263, %1263 : tensor<64xf32>
    %1512 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1513 = "stablehlo.broadcast_in_dim"(%1512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1514 = stablehlo.multiply %1511, %1513 : tensor<64xf32>
    %1515 = stablehlo.add %1510, %1514 : tensor<64xf32>
    %1516 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1517 = stablehlo.divide %1507, %1516 : tensor<64xf32>
    %1518 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1519 = stablehlo.divide %1515, %1518 : tensor<64xf32>
    %1520 = stablehlo.sqrt %1519 : tensor<64xf32>
    %1521 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1523 = stablehlo.add %1520, %1522 : tensor<64xf32>
    %1524 = stablehlo.divide %1517, %1523 : tensor<64xf32>
    %1525 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1526 = stablehlo.multiply %1524, %1525 : tensor<64xf32>
    %1527 = stablehlo.subtract %arg5, %1526 : tensor<64xf32>
    %1528 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1529 = "stablehlo.broadcast_in_dim"(%1528) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1530 = stablehlo.multiply %arg46, %1529 : tensor<64x64xf32>
    %1531 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1532 = "stablehlo.broadcast_in_dim"(%1531) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1533 = stablehlo.multiply %1265, %1532 : tensor<64x64xf32>
    %1534 = stablehlo.add %1530, %1533 : tensor<64x64xf32>
    %1535 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1536 = "stablehlo.broadcast_in_dim"(%1535) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1537 = stablehlo.multiply %arg86, %1536 : tensor<64x64xf32>
    %1538 = stablehlo.multiply %1265, %1265 : tensor<64x64xf32>
    %1539 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1540 = "stablehlo.broadcast_in_dim"(%1539) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1541 = stablehlo.multiply %1538, %1540 : tensor<64x64xf32>
    %1542 = stablehlo.add %1537, %1541 : tensor<64x64xf32>
    %1543 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1544 = stablehlo.divide %1534, %1543 : tensor<64x64xf32>
    %1545 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1546 = stablehlo.divide %1542, %1545 : tensor<64x64xf32>
    %1547 = stablehlo.sqrt %1546 : tensor<64x64xf32>
    %1548 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1549 = "stablehlo.broadcast_in_dim"(%1548) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1550 = stablehlo.add %1547, %1549 : tensor<64x64xf32>
    %1551 = stablehlo.divide %1544, %1550 : tensor<64x64xf32>
    %1552 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1554 = stablehlo.multiply %arg6, %1553 : tensor<64x64xf32>
    %1555 = stablehlo.add %1551, %1554 : tensor<64x64xf32>
    %1556 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1557 = stablehlo.multiply %1555, %1556 : tensor<64x64xf32>
    %1558 = stablehlo.subtract %arg6, %1557 : tensor<64x64xf32>
    %1559 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1560 = "stablehlo.broadcast_in_dim"(%1559) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1561 = stablehlo.multiply %arg47, %1560 : tensor<64xf32>
    %1562 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1563 = "stablehlo.broadcast_in_dim"(%1562) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1564 = stablehlo.multiply %1267, %1563 : tensor<64xf32>
    %1565 = stablehlo.add %1561, %1564 : tensor<64xf32>
    %1566 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1567 = "stablehlo.broadcast_in_dim"(%1566) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1568 = stablehlo.multiply %arg87, %1567 : tensor<64xf32>
    %1569 = stablehlo.multiply %1267, %1267 : tensor<64xf32>
    %1570 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1571 = "stablehlo.broadcast_in_dim"(%1570) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1572 = stablehlo.multiply %1569, %1571 : tensor<64xf32>
    %1573 = stablehlo.add %1568, %1572 : tensor<64xf32>
    %1574 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1575 = stablehlo.divide %1565, %1574 : tensor<64xf32>
    %1576 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1577 = stablehlo.divide %1573, %1576 : tensor<64xf32>
    %1578 = stablehlo.sqrt %1577 : tensor<64xf32>
    %1579 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1581 = stablehlo.add %1578, %1580 : tensor<64xf32>
    %1582 = stablehlo.divide %1575, %1581 : tensor<64xf32>
    %1583 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1584 = stablehlo.multiply %1582, %1583 : tensor<64xf32>
    %1585 = stablehlo.subtract %arg7, %1584 : tensor<64xf32>
    %1586 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1587 = "stablehlo.broadcast_in_dim"(%1586) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1588 = stablehlo.multiply %arg48, %1587 : tensor<64x64xf32>
    %1589 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1590 = "stablehlo.broadcast_in_dim"(%1589) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1591 = stablehlo.multiply %1269, %1590 : tensor<64x64xf32>
    %1592 = stablehlo.add %1588, %1591 : tensor<64x64xf32>
    %1593 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1594 = "stablehlo.broadcast_in_dim"(%1593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1595 = stablehlo.multiply %arg88, %1594 : tensor<64x64xf32>
    %1596 = stablehlo.multiply %1269, %1269 : tensor<64x64xf32>
    %1597 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1598 = "stablehlo.broadcast_in_dim"(%1597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1599 = stablehlo.multiply %1596, %1598 : tensor<64x64xf32>
    %1600 = stablehlo.add %1595, %1599 : tensor<64x64xf32>
    %1601 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1602 = stablehlo.divide %1592, %1601 : tensor<64x64xf32>
    %1603 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1604 = stablehlo.divide %1600, %1603 : tensor<64x64xf32>
    %1605 = stablehlo.sqrt %1604 : tensor<64x64xf32>
    %1606 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1607 = "stablehlo.broadcast_in_dim"(%1606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1608 = stablehlo.add %1605, %1607 : tensor<64x64xf32>
    %1609 = stablehlo.divide %1602, %1608 : tensor<64x64xf32>
    %1610 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1611 = "stablehlo.broadcast_in_dim"(%1610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1612 = stablehlo.multiply %arg8, %1611 : tensor<64x64xf32>
    %1613 = stablehlo.add %1609, %1612 : tensor<64x64xf32>
    %1614 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1615 = stablehlo.multiply %1613, %1614 : tensor<64x64xf32>
    %1616 = stablehlo.subtract %arg8, %1615 : tensor<64x64xf32>
    %1617 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1618 = "stablehlo.broadcast_in_dim"(%1617) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1619 = stablehlo.multiply %arg49, %1618 : tensor<64xf32>
    %1620 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1621 = "stablehlo.broadcast_in_dim"(%1620) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1622 = stablehlo.multiply %1271, %1621 : tensor<64xf32>
    %1623 = stablehlo.add %1619, %1622 : tensor<64xf32>
    %1624 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1625 = "stablehlo.broadcast_in_dim"(%1624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1626 = stablehlo.multiply %arg89, %1625 : tensor<64xf32>
    %1627 = stablehlo.multiply %1271, %1271 : tensor<64xf32>
    %1628 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1629 = "stablehlo.broadcast_in_dim"(%1628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1630 = stablehlo.multiply %1627, %1629 : tensor<64xf32>
    %1631 = stablehlo.add %1626, %1630 : tensor<64xf32>
    %1632 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1633 = stablehlo.divide %1623, %1632 : tensor<64xf32>
    %1634 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1635 = stablehlo.divide %1631, %1634 : tensor<64xf32>
    %1636 = stablehlo.sqrt %1635 : tensor<64xf32>
    %1637 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1639 = stablehlo.add %1636, %1638 : tensor<64xf32>
    %1640 = stablehlo.divide %1633, %1639 : tensor<64xf32>
    %1641 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1642 = stablehlo.multiply %1640, %1641 : tensor<64xf32>
    %1643 = stablehlo.subtract %arg9, %1642 : tensor<64xf32>
    %1644 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1645 = "stablehlo.broadcast_in_dim"(%1644) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1646 = stablehlo.multiply %arg50, %1645 : tensor<64x64xf32>
    %1647 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1648 = "stablehlo.broadcast_in_dim"(%1647) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1649 = stablehlo.multiply %1273, %1648 : tensor<64x64xf32>
    %1650 = stablehlo.add %1646, %1649 : tensor<64x64xf32>
    %1651 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1652 = "stablehlo.broadcast_in_dim"(%1651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1653 = stablehlo.multiply %arg90, %1652 : tensor<64x64xf32>
    %1654 = stablehlo.multiply %1273, %1273 : tensor<64x64xf32>
    %1655 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1656 = "stablehlo.broadcast_in_dim"(%1655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1657 = stablehlo.multiply %1654, %1656 : tensor<64x64xf32>
    %1658 = stablehlo.add %1653, %1657 : tensor<64x64xf32>
    %1659 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1660 = stablehlo.divide %1650, %1659 : tensor<64x64xf32>
    %1661 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1662 = stablehlo.divide %1658, %1661 : tensor<64x64xf32>
    %1663 = stablehlo.sqrt %1662 : tensor<64x64xf32>
    %1664 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1666 = stablehlo.add %1663, %1665 : tensor<64x64xf32>
    %1667 = stablehlo.divide %1660, %1666 : tensor<64x64xf32>
    %1668 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1669 = "stablehlo.broadcast_in_dim"(%1668) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1670 = stablehlo.multiply %arg10, %1669 : tensor<64x64xf32>
    %1671 = stablehlo.add %1667, %1670 : tensor<64x64xf32>
    %1672 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1673 = stablehlo.multiply %1671, %1672 : tensor<64x64xf32>
    %1674 = stablehlo.subtract %arg10, %1673 : tensor<64x64xf32>
    %1675 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1676 = "stablehlo.broadcast_in_dim"(%1675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1677 = stablehlo.multiply %arg51, %1676 : tensor<64xf32>
    %1678 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1679 = "stablehlo.broadcast_in_dim"(%1678) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1680 = stablehlo.multiply %1275, %1679 : tensor<64xf32>
    %1681 = stablehlo.add %1677, %1680 : tensor<64xf32>
    %1682 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1683 = "stablehlo.broadcast_in_dim"(%1682) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1684 = stablehlo.multiply %arg91, %1683 : tensor<64xf32>
    %1685 = stablehlo.multiply %1275, %1275 : tensor<64xf32>
    %1686 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1688 = stablehlo.multiply %1685, %1687 : tensor<64xf32>
    %1689 = stablehlo.add %1684, %1688 : tensor<64xf32>
    %1690 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1691 = stablehlo.divide %1681, %1690 : tensor<64xf32>
    %1692 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1693 = stablehlo.divide %1689, %1692 : tensor<64xf32>
    %1694 = stablehlo.sqrt %1693 : tensor<64xf32>
    %1695 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1696 = "stablehlo.broadcast_in_dim"(%1695) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1697 = stablehlo.add %1694, %1696 : tensor<64xf32>
    %1698 = stablehlo.divide %1691, %1697 : tensor<64xf32>
    %1699 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1700 = stablehlo.multiply %1698, %1699 : tensor<64xf32>
    %1701 = stablehlo.subtract %arg11, %1700 : tensor<64xf32>
    %1702 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1703 = "stablehlo.broadcast_in_dim"(%1702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1704 = stablehlo.multiply %arg52, %1703 : tensor<64x64xf32>
    %1705 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1706 = "stablehlo.broadcast_in_dim"(%1705) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1707 = stablehlo.multiply %1277, %1706 : tensor<64x64xf32>
    %1708 = stablehlo.add %1704, %1707 : tensor<64x64xf32>
    %1709 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1710 = "stablehlo.broadcast_in_dim"(%1709) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1711 = stablehlo.multiply %arg92, %1710 : tensor<64x64xf32>
    %1712 = stablehlo.multiply %1277, %1277 : tensor<64x64xf32>
    %1713 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1714 = "stablehlo.broadcast_in_dim"(%1713) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1715 = stablehlo.multiply %1712, %1714 : tensor<64x64xf32>
    %1716 = stablehlo.add %1711, %1715 : tensor<64x64xf32>
    %1717 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1718 = stablehlo.divide %1708, %1717 : tensor<64x64xf32>
    %1719 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1720 = stablehlo.divide %1716, %1719 : tensor<64x64xf32>
    %1721 = stablehlo.sqrt %1720 : tensor<64x64xf32>
    %1722 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1723 = "stablehlo.broadcast_in_dim"(%1722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1724 = stablehlo.add %1721, %1723 : tensor<64x64xf32>
    %1725 = stablehlo.divide %1718, %1724 : tensor<64x64xf32>
    %1726 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1728 = stablehlo.multiply %arg12, %1727 : tensor<64x64xf32>
    %1729 = stablehlo.add %1725, %1728 : tensor<64x64xf32>
    %1730 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1731 = stablehlo.multiply %1729, %1730 : tensor<64x64xf32>
    %1732 = stablehlo.subtract %arg12, %1731 : tensor<64x64xf32>
    %1733 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1735 = stablehlo.multiply %arg53, %1734 : tensor<64xf32>
    %1736 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1737 = "stablehlo.broadcast_in_dim"(%1736) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1738 = stablehlo.multiply %1279, %1737 : tensor<64xf32>
    %1739 = stablehlo.add %1735, %1738 : tensor<64xf32>
    %1740 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1742 = stablehlo.multiply %arg93, %1741 : tensor<64xf32>
    %1743 = stablehlo.multiply %1279, %1279 : tensor<64xf32>
    %1744 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1745 = "stablehlo.broadcast_in_dim"(%1744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1746 = stablehlo.multiply %1743, %1745 : tensor<64xf32>
    %1747 = stablehlo.add %1742, %1746 : tensor<64xf32>
    %1748 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1749 = stablehlo.divide %1739, %1748 : tensor<64xf32>
    %1750 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1751 = stablehlo.divide %1747, %1750 : tensor<64xf32>
    %1752 = stablehlo.sqrt %1751 : tensor<64xf32>
    %1753 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1754 = "stablehlo.broadcast_in_dim"(%1753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1755 = stablehlo.add %1752, %1754 : tensor<64xf32>
    %1756 = stablehlo.divide %1749, %1755 : tensor<64xf32>
    %1757 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1758 = stablehlo.multiply %1756, %1757 : tensor<64xf32>
    %1759 = stablehlo.subtract %arg13, %1758 : tensor<64xf32>
    %1760 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1761 = "stablehlo.broadcast_in_dim"(%1760) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1762 = stablehlo.multiply %arg54, %1761 : tensor<64xf32>
    %1763 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1764 = "stablehlo.broadcast_in_dim"(%1763) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1765 = stablehlo.multiply %1281, %1764 : tensor<64xf32>
    %1766 = stablehlo.add %1762, %1765 : tensor<64xf32>
    %1767 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1768 = "stablehlo.broadcast_in_dim"(%1767) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1769 = stablehlo.multiply %arg94, %1768 : tensor<64xf32>
    %1770 = stablehlo.multiply %1281, %1281 : tensor<64xf32>
    %1771 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1772 = "stablehlo.broadcast_in_dim"(%1771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1773 = stablehlo.multiply %1770, %1772 : tensor<64xf32>
    %1774 = stablehlo.add %1769, %1773 : tensor<64xf32>
    %1775 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1776 = stablehlo.divide %1766, %1775 : tensor<64xf32>
    %1777 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1778 = stablehlo.divide %1774, %1777 : tensor<64xf32>
    %1779 = stablehlo.sqrt %1778 : tensor<64xf32>
    %1780 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1781 = "stablehlo.broadcast_in_dim"(%1780) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1782 = stablehlo.add %1779, %1781 : tensor<64xf32>
    %1783 = stablehlo.divide %1776, %1782 : tensor<64xf32>
    %1784 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1785 = stablehlo.multiply %1783, %1784 : tensor<64xf32>
    %1786 = stablehlo.subtract %arg14, %1785 : tensor<64xf32>
    %1787 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1788 = "stablehlo.broadcast_in_dim"(%1787) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1789 = stablehlo.multiply %arg55, %1788 : tensor<64xf32>
    %1790 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1791 = "stablehlo.broadcast_in_dim"(%1790) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1792 = stablehlo.multiply %1283, %1791 : tensor<64xf32>
    %1793 = stablehlo.add %1789, %1792 : tensor<64xf32>
    %1794 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1795 = "stablehlo.broadcast_in_dim"(%1794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1796 = stablehlo.multiply %arg95, %1795 : tensor<64xf32>
    %1797 = stablehlo.multiply %1283, %1283 : tensor<64xf32>
    %1798 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1799 = "stablehlo.broadcast_in_dim"(%1798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1800 = stablehlo.multiply %1797, %1799 : tensor<64xf32>
    %1801 = stablehlo.add %1796, %1800 : tensor<64xf32>
    %1802 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1803 = stablehlo.divide %1793, %1802 : tensor<64xf32>
    %1804 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1805 = stablehlo.divide %1801, %1804 : tensor<64xf32>
    %1806 = stablehlo.sqrt %1805 : tensor<64xf32>
    %1807 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1808 = "stablehlo.broadcast_in_dim"(%1807) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1809 = stablehlo.add %1806, %1808 : tensor<64xf32>
    %1810 = stablehlo.divide %1803, %1809 : tensor<64xf32>
    %1811 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1812 = stablehlo.multiply %1810, %1811 : tensor<64xf32>
    %1813 = stablehlo.subtract %arg15, %1812 : tensor<64xf32>
    %1814 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1815 = "stablehlo.broadcast_in_dim"(%1814) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1816 = stablehlo.multiply %arg56, %1815 : tensor<128x64xf32>
    %1817 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1818 = "stablehlo.broadcast_in_dim"(%1817) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1819 = stablehlo.multiply %1285, %1818 : tensor<128x64xf32>
    %1820 = stablehlo.add %1816, %1819 : tensor<128x64xf32>
    %1821 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1822 = "stablehlo.broadcast_in_dim"(%1821) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1823 = stablehlo.multiply %arg96, %1822 : tensor<128x64xf32>
    %1824 = stablehlo.multiply %1285, %1285 : tensor<128x64xf32>
    %1825 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1826 = "stablehlo.broadcast_in_dim"(%1825) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1827 = stablehlo.multiply %1824, %1826 : tensor<128x64xf32>
    %1828 = stablehlo.add %1823, %1827 : tensor<128x64xf32>
    %1829 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1830 = stablehlo.divide %1820, %1829 : tensor<128x64xf32>
    %1831 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1832 = stablehlo.divide %1828, %1831 : tensor<128x64xf32>
    %1833 = stablehlo.sqrt %1832 : tensor<128x64xf32>
    %1834 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1835 = "stablehlo.broadcast_in_dim"(%1834) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1836 = stablehlo.add %1833, %1835 : tensor<128x64xf32>
    %1837 = stablehlo.divide %1830, %1836 : tensor<128x64xf32>
    %1838 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1839 = "stablehlo.broadcast_in_dim"(%1838) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1840 = stablehlo.multiply %arg16, %1839 : tensor<128x64xf32>
    %1841 = stablehlo.add %1837, %1840 : tensor<128x64xf32>
    %1842 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1843 = stablehlo.multiply %1841, %1842 : tensor<128x64xf32>
    %1844 = stablehlo.subtract %arg16, %1843 : tensor<128x64xf32>
    %1845 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1846 = "stablehlo.broadcast_in_dim"(%1845) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1847 = stablehlo.multiply %arg57, %1846 : tensor<128xf32>
    %1848 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1849 = "stablehlo.broadcast_in_dim"(%1848) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1850 = stablehlo.multiply %1287, %1849 : tensor<128xf32>
    %1851 = stablehlo.add %1847, %1850 : tensor<128xf32>
    %1852 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1853 = "stablehlo.broadcast_in_dim"(%1852) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1854 = stablehlo.multiply %arg97, %1853 : tensor<128xf32>
    %1855 = stablehlo.multiply %1287, %1287 : tensor<128xf32>
    %1856 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1857 = "stablehlo.broadcast_in_dim"(%1856) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1858 = stablehlo.multiply %1855, %1857 : tensor<128xf32>
    %1859 = stablehlo.add %1854, %1858 : tensor<128xf32>
    %1860 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1861 = stablehlo.divide %1851, %1860 : tensor<128xf32>
    %1862 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1863 = stablehlo.divide %1859, %1862 : tensor<128xf32>
    %1864 = stablehlo.sqrt %1863 : tensor<128xf32>
    %1865 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1866 = "stablehlo.broadcast_in_dim"(%1865) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1867 = stablehlo.add %1864, %1866 : tensor<128xf32>
    %1868 = stablehlo.divide %1861, %1867 : tensor<128xf32>
    %1869 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1870 = stablehlo.multiply %1868, %1869 : tensor<128xf32>
    %1871 = stablehlo.subtract %arg17, %1870 : tensor<128xf32>
    %1872 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1873 = "stablehlo.broadcast_in_dim"(%1872) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1874 = stablehlo.multiply %arg58, %1873 : tensor<64x128xf32>
    %1875 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1876 = "stablehlo.broadcast_in_dim"(%1875) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1877 = stablehlo.multiply %1289, %1876 : tensor<64x128xf32>
    %1878 = stablehlo.add %1874, %1877 : tensor<64x128xf32>
    %1879 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1880 = "stablehlo.broadcast_in_dim"(%1879) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1881 = stablehlo.multiply %arg98, %1880 : tensor<64x128xf32>
    %1882 = stablehlo.multiply %1289, %1289 : tensor<64x128xf32>
    %1883 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1884 = "stablehlo.broadcast_in_dim"(%1883) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1885 = stablehlo.multiply %1882, %1884 : tensor<64x128xf32>
    %1886 = stablehlo.add %1881, %1885 : tensor<64x128xf32>
    %1887 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1888 = stablehlo.divide %1878, %1887 : tensor<64x128xf32>
    %1889 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1890 = stablehlo.divide %1886, %1889 : tensor<64x128xf32>
    %1891 = stablehlo.sqrt %1890 : tensor<64x128xf32>
    %1892 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1893 = "stablehlo.broadcast_in_dim"(%1892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1894 = stablehlo.add %1891, %1893 : tensor<64x128xf32>
    %1895 = stablehlo.divide %1888, %1894 : tensor<64x128xf32>
    %1896 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1897 = "stablehlo.broadcast_in_dim"(%1896) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1898 = stablehlo.multiply %arg18, %1897 : tensor<64x128xf32>
    %1899 = stablehlo.add %1895, %1898 : tensor<64x128xf32>
    %1900 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1901 = stablehlo.multiply %1899, %1900 : tensor<64x128xf32>
    %1902 = stablehlo.subtract %arg18, %1901 : tensor<64x128xf32>
    %1903 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1904 = "stablehlo.broadcast_in_dim"(%1903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1905 = stablehlo.multiply %arg59, %1904 : tensor<64xf32>
    %1906 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1907 = "stablehlo.broadcast_in_dim"(%1906) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1908 = stablehlo.multiply %1291, %1907 : tensor<64xf32>
    %1909 = stablehlo.add %1905, %1908 : tensor<64xf32>
    %1910 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1911 = "stablehlo.broadcast_in_dim"(%1910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1912 = stablehlo.multiply %arg99, %1911 : tensor<64xf32>
    %1913 = stablehlo.multiply %1291, %1291 : tensor<64xf32>
    %1914 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1915 = "stablehlo.broadcast_in_dim"(%1914) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1916 = stablehlo.multiply %1913, %1915 : tensor<64xf32>
    %1917 = stablehlo.add %1912, %1916 : tensor<64xf32>
    %1918 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1919 = stablehlo.divide %1909, %1918 : tensor<64xf32>
    %1920 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1921 = stablehlo.divide %1917, %1920 : tensor<64xf32>
    %1922 = stablehlo.sqrt %1921 : tensor<64xf32>
    %1923 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1924 = "stablehlo.broadcast_in_dim"(%1923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1925 = stablehlo.add %1922, %1924 : tensor<64xf32>
    %1926 = stablehlo.divide %1919, %1925 : tensor<64xf32>
    %1927 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1928 = stablehlo.multiply %1926, %1927 : tensor<64xf32>
    %1929 = stablehlo.subtract %arg19, %1928 : tensor<64xf32>
    %1930 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1931 = "stablehlo.broadcast_in_dim"(%1930) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1932 = stablehlo.multiply %arg60, %1931 : tensor<64xf32>
    %1933 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1934 = "stablehlo.broadcast_in_dim"(%1933) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1935 = stablehlo.multiply %1293, %1934 : tensor<64xf32>
    %1936 = stablehlo.add %1932, %1935 : tensor<64xf32>
    %1937 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1938 = "stablehlo.broadcast_in_dim"(%1937) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1939 = stablehlo.multiply %arg100, %1938 : tensor<64xf32>
    %1940 = stablehlo.multiply %1293, %1293 : tensor<64xf32>
    %1941 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1942 = "stablehlo.broadcast_in_dim"(%1941) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1943 = stablehlo.multiply %1940, %1942 : tensor<64xf32>
    %1944 = stablehlo.add %1939, %1943 : tensor<64xf32>
    %1945 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1946 = stablehlo.divide %1936, %1945 : tensor<64xf32>
    %1947 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1948 = stablehlo.divide %1944, %1947 : tensor<64xf32>
    %1949 = stablehlo.sqrt %1948 : tensor<64xf32>
    %1950 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1951 = "stablehlo.broadcast_in_dim"(%1950) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1952 = stablehlo.add %1949, %1951 : tensor<64xf32>
    %1953 = stablehlo.divide %1946, %1952 : tensor<64xf32>
    %1954 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1955 = stablehlo.multiply %1953, %1954 : tensor<64xf32>
    %1956 = stablehlo.subtract %arg20, %1955 : tensor<64xf32>
    %1957 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1958 = "stablehlo.broadcast_in_dim"(%1957) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1959 = stablehlo.multiply %arg61, %1958 : tensor<64xf32>
    %1960 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1961 = "stablehlo.broadcast_in_dim"(%1960) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1962 = stablehlo.multiply %1295, %1961 : tensor<64xf32>
    %1963 = stablehlo.add %1959, %1962 : tensor<64xf32>
    %1964 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1965 = "stablehlo.broadcast_in_dim"(%1964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1966 = stablehlo.multiply %arg101, %1965 : tensor<64xf32>
    %1967 = stablehlo.multiply %1295, %1295 : tensor<64xf32>
    %1968 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1969 = "stablehlo.broadcast_in_dim"(%1968) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1970 = stablehlo.multiply %1967, %1969 : tensor<64xf32>
    %1971 = stablehlo.add %1966, %1970 : tensor<64xf32>
    %1972 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1973 = stablehlo.divide %1963, %1972 : tensor<64xf32>
    %1974 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1975 = stablehlo.divide %1971, %1974 : tensor<64xf32>
    %1976 = stablehlo.sqrt %1975 : tensor<64xf32>
    %1977 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1978 = "stablehlo.broadcast_in_dim"(%1977) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1979 = stablehlo.add %1976, %1978 : tensor<64xf32>
    %1980 = stablehlo.divide %1973, %1979 : tensor<64xf32>
    %1981 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1982 = stablehlo.multiply %1980, %1981 : tensor<64xf32>
    %1983 = stablehlo.subtract %arg21, %1982 : tensor<64xf32>
    %1984 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1985 = "stablehlo.broadcast_in_dim"(%1984) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1986 = stablehlo.multiply %arg62, %1985 : tensor<64x64xf32>
    %1987 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1988 = "stablehlo.broadcast_in_dim"(%1987) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1989 = stablehlo.multiply %1297, %1988 : tensor<64x64xf32>
    %1990 = stablehlo.add %1986, %1989 : tensor<64x64xf32>
    %1991 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1992 = "stablehlo.broadcast_in_dim"(%1991) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1993 = stablehlo.multiply %arg102, %1992 : tensor<64x64xf32>
    %1994 = stablehlo.multiply %1297, %1297 : tensor<64x64xf32>
    %1995 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1996 = "stablehlo.broadcast_in_dim"(%1995) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1997 = stablehlo.multiply %1994, %1996 : tensor<64x64xf32>
    %1998 = stablehlo.add %1993, %1997 : tensor<64x64xf32>
    %1999 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2000 = stablehlo.divide %1990, %1999 : tensor<64x64xf32>
    %2001 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2002 = stablehlo.divide %1998, %2001 : tensor<64x64xf32>
    %2003 = stablehlo.sqrt %2002 : tensor<64x64xf32>
    %2004 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2005 = "stablehlo.broadcast_in_dim"(%2004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2006 = stablehlo.add %2003, %2005 : tensor<64x64xf32>
    %2007 = stablehlo.divide %2000, %2006 : tensor<64x64xf32>
    %2008 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2009 = "stablehlo.broadcast_in_dim"(%2008) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2010 = stablehlo.multiply %arg22, %2009 : tensor<64x64xf32>
    %2011 = stablehlo.add %2007, %2010 : tensor<64x64xf32>
    %2012 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2013 = stablehlo.multiply %2011, %2012 : tensor<64x64xf32>
    %2014 = stablehlo.subtract %arg22, %2013 : tensor<64x64xf32>
    %2015 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2016 = "stablehlo.broadcast_in_dim"(%2015) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2017 = stablehlo.multiply %arg63, %2016 : tensor<64xf32>
    %2018 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2019 = "stablehlo.broadcast_in_dim"(%2018) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2020 = stablehlo.multiply %1299, %2019 : tensor<64xf32>
    %2021 = stablehlo.add %2017, %2020 : tensor<64xf32>
    %2022 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2023 = "stablehlo.broadcast_in_dim"(%2022) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2024 = stablehlo.multiply %arg103, %2023 : tensor<64xf32>
    %2025 = stablehlo.multiply %1299, %1299 : tensor<64xf32>
    %2026 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2027 = "stablehlo.broadcast_in_dim"(%2026) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2028 = stablehlo.multiply %2025, %2027 : tensor<64xf32>
    %2029 = stablehlo.add %2024, %2028 : tensor<64xf32>
    %2030 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2031 = stablehlo.divide %2021, %2030 : tensor<64xf32>
    %2032 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2033 = stablehlo.divide %2029, %2032 : tensor<64xf32>
    %2034 = stablehlo.sqrt %2033 : tensor<64xf32>
    %2035 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2036 = "stablehlo.broadcast_in_dim"(%2035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2037 = stablehlo.add %2034, %2036 : tensor<64xf32>
    %2038 = stablehlo.divide %2031, %2037 : tensor<64xf32>
    %2039 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2040 = stablehlo.multiply %2038, %2039 : tensor<64xf32>
    %2041 = stablehlo.subtract %arg23, %2040 : tensor<64xf32>
    %2042 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2043 = "stablehlo.broadcast_in_dim"(%2042) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2044 = stablehlo.multiply %arg64, %2043 : tensor<64x64xf32>
    %2045 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2046 = "stablehlo.broadcast_in_dim"(%2045) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2047 = stablehlo.multiply %1301, %2046 : tensor<64x64xf32>
    %2048 = stablehlo.add %2044, %2047 : tensor<64x64xf32>
    %2049 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2050 = "stablehlo.broadcast_in_dim"(%2049) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2051 = stablehlo.multiply %arg104, %2050 : tensor<64x64xf32>
    %2052 = stablehlo.multiply %1301, %1301 : tensor<64x64xf32>
    %2053 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2054 = "stablehlo.broadcast_in_dim"(%2053) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2055 = stablehlo.multiply %2052, %2054 : tensor<64x64xf32>
    %2056 = stablehlo.add %2051, %2055 : tensor<64x64xf32>
    %2057 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2058 = stablehlo.divide %2048, %2057 : tensor<64x64xf32>
    %2059 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2060 = stablehlo.divide %2056, %2059 : tensor<64x64xf32>
    %2061 = stablehlo.sqrt %2060 : tensor<64x64xf32>
    %2062 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2063 = "stablehlo.broadcast_in_dim"(%2062) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2064 = stablehlo.add %2061, %2063 : tensor<64x64xf32>
    %2065 = stablehlo.divide %2058, %2064 : tensor<64x64xf32>
    %2066 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2067 = "stablehlo.broadcast_in_dim"(%2066) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2068 = stablehlo.multiply %arg24, %2067 : tensor<64x64xf32>
    %2069 = stablehlo.add %2065, %2068 : tensor<64x64xf32>
    %2070 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2071 = stablehlo.multiply %2069, %2070 : tensor<64x64xf32>
    %2072 = stablehlo.subtract %arg24, %2071 : tensor<64x64xf32>
    %2073 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2074 = "stablehlo.broadcast_in_dim"(%2073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2075 = stablehlo.multiply %arg65, %2074 : tensor<64xf32>
    %2076 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2077 = "stablehlo.broadcast_in_dim"(%2076) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2078 = stablehlo.multiply %1303, %2077 : tensor<64xf32>
    %2079 = stablehlo.add %2075, %2078 : tensor<64xf32>
    %2080 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2081 = "stablehlo.broadcast_in_dim"(%2080) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2082 = stablehlo.multiply %arg105, %2081 : tensor<64xf32>
    %2083 = stablehlo.multiply %1303, %1303 : tensor<64xf32>
    %2084 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2085 = "stablehlo.broadcast_in_dim"(%2084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2086 = stablehlo.multiply %2083, %2085 : tensor<64xf32>
    %2087 = stablehlo.add %2082, %2086 : tensor<64xf32>
    %2088 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2089 = stablehlo.divide %2079, %2088 : tensor<64xf32>
    %2090 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2091 = stablehlo.divide %2087, %2090 : tensor<64xf32>
    %2092 = stablehlo.sqrt %2091 : tensor<64xf32>
    %2093 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2094 = "stablehlo.broadcast_in_dim"(%2093) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2095 = stablehlo.add %2092, %2094 : tensor<64xf32>
    %2096 = stablehlo.divide %2089, %2095 : tensor<64xf32>
    %2097 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2098 = stablehlo.multiply %2096, %2097 : tensor<64xf32>
    %2099 = stablehlo.subtract %arg25, %2098 : tensor<64xf32>
    %2100 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2101 = "stablehlo.broadcast_in_dim"(%2100) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2102 = stablehlo.multiply %arg66, %2101 : tensor<64x64xf32>
    %2103 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2104 = "stablehlo.broadcast_in_dim"(%2103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2105 = stablehlo.multiply %1305, %2104 : tensor<64x64xf32>
    %2106 = stablehlo.add %2102, %2105 : tensor<64x64xf32>
    %2107 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2108 = "stablehlo.broadcast_in_dim"(%2107) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2109 = stablehlo.multiply %arg106, %2108 : tensor<64x64xf32>
    %2110 = stablehlo.multiply %1305, %1305 : tensor<64x64xf32>
    %2111 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2112 = "stablehlo.broadcast_in_dim"(%2111) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2113 = stablehlo.multiply %2110, %2112 : tensor<64x64xf32>
    %2114 = stablehlo.add %2109, %2113 : tensor<64x64xf32>
    %2115 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2116 = stablehlo.divide %2106, %2115 : tensor<64x64xf32>
    %2117 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2118 = stablehlo.divide %2114, %2117 : tensor<64x64xf32>
    %2119 = stablehlo.sqrt %2118 : tensor<64x64xf32>
    %2120 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2121 = "stablehlo.broadcast_in_dim"(%2120) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2122 = stablehlo.add %2119, %2121 : tensor<64x64xf32>
    %2123 = stablehlo.divide %2116, %2122 : tensor<64x64xf32>
    %2124 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2125 = "stablehlo.broadcast_in_dim"(%2124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2126 = stablehlo.multiply %arg26, %2125 : tensor<64x64xf32>
    %2127 = stablehlo.add %2123, %2126 : tensor<64x64xf32>
    %2128 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2129 = stablehlo.multiply %2127, %2128 : tensor<64x64xf32>
    %2130 = stablehlo.subtract %arg26, %2129 : tensor<64x64xf32>
    %2131 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2132 = "stablehlo.broadcast_in_dim"(%2131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2133 = stablehlo.multiply %arg67, %2132 : tensor<64xf32>
    %2134 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2135 = "stablehlo.broadcast_in_dim"(%2134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2136 = stablehlo.multiply %1307, %2135 : tensor<64xf32>
    %2137 = stablehlo.add %2133, %2136 : tensor<64xf32>
    %2138 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2139 = "stablehlo.broadcast_in_dim"(%2138) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2140 = stablehlo.multiply %arg107, %2139 : tensor<64xf32>
    %2141 = stablehlo.multiply %1307, %1307 : tensor<64xf32>
    %2142 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2143 = "stablehlo.broadcast_in_dim"(%2142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2144 = stablehlo.multiply %2141, %2143 : tensor<64xf32>
    %2145 = stablehlo.add %2140, %2144 : tensor<64xf32>
    %2146 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2147 = stablehlo.divide %2137, %2146 : tensor<64xf32>
    %2148 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2149 = stablehlo.divide %2145, %2148 : tensor<64xf32>
    %2150 = stablehlo.sqrt %2149 : tensor<64xf32>
    %2151 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2152 = "stablehlo.broadcast_in_dim"(%2151) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2153 = stablehlo.add %2150, %2152 : tensor<64xf32>
    %2154 = stablehlo.divide %2147, %2153 : tensor<64xf32>
    %2155 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2156 = stablehlo.multiply %2154, %2155 : tensor<64xf32>
    %2157 = stablehlo.subtract %arg27, %2156 : tensor<64xf32>
    %2158 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2159 = "stablehlo.broadcast_in_dim"(%2158) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2160 = stablehlo.multiply %arg68, %2159 : tensor<64x64xf32>
    %2161 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2162 = "stablehlo.broadcast_in_dim"(%2161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2163 = stablehlo.multiply %1309, %2162 : tensor<64x64xf32>
    %2164 = stablehlo.add %2160, %2163 : tensor<64x64xf32>
    %2165 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2166 = "stablehlo.broadcast_in_dim"(%2165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2167 = stablehlo.multiply %arg108, %2166 : tensor<64x64xf32>
    %2168 = stablehlo.multiply %1309, %1309 : tensor<64x64xf32>
    %2169 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2170 = "stablehlo.broadcast_in_dim"(%2169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2171 = stablehlo.multiply %2168, %2170 : tensor<64x64xf32>
    %2172 = stablehlo.add %2167, %2171 : tensor<64x64xf32>
    %2173 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2174 = stablehlo.divide %2164, %2173 : tensor<64x64xf32>
    %2175 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2176 = stablehlo.divide %2172, %2175 : tensor<64x64xf32>
    %2177 = stablehlo.sqrt %2176 : tensor<64x64xf32>
    %2178 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2179 = "stablehlo.broadcast_in_dim"(%2178) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2180 = stablehlo.add %2177, %2179 : tensor<64x64xf32>
    %2181 = stablehlo.divide %2174, %2180 : tensor<64x64xf32>
    %2182 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2183 = "stablehlo.broadcast_in_dim"(%2182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2184 = stablehlo.multiply %arg28, %2183 : tensor<64x64xf32>
    %2185 = stablehlo.add %2181, %2184 : tensor<64x64xf32>
    %2186 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2187 = stablehlo.multiply %2185, %2186 : tensor<64x64xf32>
    %2188 = stablehlo.subtract %arg28, %2187 : tensor<64x64xf32>
    %2189 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2190 = "stablehlo.broadcast_in_dim"(%2189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2191 = stablehlo.multiply %arg69, %2190 : tensor<64xf32>
    %2192 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2193 = "stablehlo.broadcast_in_dim"(%2192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2194 = stablehlo.multiply %1311, %2193 : tensor<64xf32>
    %2195 = stablehlo.add %2191, %2194 : tensor<64xf32>
    %2196 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2197 = "stablehlo.broadcast_in_dim"(%2196) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2198 = stablehlo.multiply %arg109, %2197 : tensor<64xf32>
    %2199 = stablehlo.multiply %1311, %1311 : tensor<64xf32>
    %2200 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2201 = "stablehlo.broadcast_in_dim"(%2200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2202 = stablehlo.multiply %2199, %2201 : tensor<64xf32>
    %2203 = stablehlo.add %2198, %2202 : tensor<64xf32>
    %2204 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2205 = stablehlo.divide %2195, %2204 : tensor<64xf32>
    %2206 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2207 = stablehlo.divide %2203, %2206 : tensor<64xf32>
    %2208 = stablehlo.sqrt %2207 : tensor<64xf32>
    %2209 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2210 = "stablehlo.broadcast_in_dim"(%2209) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2211 = stablehlo.add %2208, %2210 : tensor<64xf32>
    %2212 = stablehlo.divide %2205, %2211 : tensor<64xf32>
    %2213 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2214 = stablehlo.multiply %2212, %2213 : tensor<64xf32>
    %2215 = stablehlo.subtract %arg29, %2214 : tensor<64xf32>
    %2216 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2217 = "stablehlo.broadcast_in_dim"(%2216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2218 = stablehlo.multiply %arg70, %2217 : tensor<64xf32>
    %2219 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2220 = "stablehlo.broadcast_in_dim"(%2219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2221 = stablehlo.multiply %1313, %2220 : tensor<64xf32>
    %2222 = stablehlo.add %2218, %2221 : tensor<64xf32>
    %2223 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2224 = "stablehlo.broadcast_in_dim"(%2223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2225 = stablehlo.multiply %arg110, %2224 : tensor<64xf32>
    %2226 = stablehlo.multiply %1313, %1313 : tensor<64xf32>
    %2227 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2228 = "stablehlo.broadcast_in_dim"(%2227) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2229 = stablehlo.multiply %2226, %2228 : tensor<64xf32>
    %2230 = stablehlo.add %2225, %2229 : tensor<64xf32>
    %2231 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2232 = stablehlo.divide %2222, %2231 : tensor<64xf32>
    %2233 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2234 = stablehlo.divide %2230, %2233 : tensor<64xf32>
    %2235 = stablehlo.sqrt %2234 : tensor<64xf32>
    %2236 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2237 = "stablehlo.broadcast_in_dim"(%2236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2238 = stablehlo.add %2235, %2237 : tensor<64xf32>
    %2239 = stablehlo.divide %2232, %2238 : tensor<64xf32>
    %2240 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2241 = stablehlo.multiply %2239, %2240 : tensor<64xf32>
    %2242 = stablehlo.subtract %arg30, %2241 : tensor<64xf32>
    %2243 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2244 = "stablehlo.broadcast_in_dim"(%2243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2245 = stablehlo.multiply %arg71, %2244 : tensor<64xf32>
    %2246 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2247 = "stablehlo.broadcast_in_dim"(%2246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2248 = stablehlo.multiply %1315, %2247 : tensor<64xf32>
    %2249 = stablehlo.add %2245, %2248 : tensor<64xf32>
    %2250 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2251 = "stablehlo.broadcast_in_dim"(%2250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2252 = stablehlo.multiply %arg111, %2251 : tensor<64xf32>
    %2253 = stablehlo.multiply %1315, %1315 : tensor<64xf32>
    %2254 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2255 = "stablehlo.broadcast_in_dim"(%2254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2256 = stablehlo.multiply %2253, %2255 : tensor<64xf32>
    %2257 = stablehlo.add %2252, %2256 : tensor<64xf32>
    %2258 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2259 = stablehlo.divide %2249, %2258 : tensor<64xf32>
    %2260 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2261 = stablehlo.divide %2257, %2260 : tensor<64xf32>
    %2262 = stablehlo.sqrt %2261 : tensor<64xf32>
    %2263 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2264 = "stablehlo.broadcast_in_dim"(%2263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2265 = stablehlo.add %2262, %2264 : tensor<64xf32>
    %2266 = stablehlo.divide %2259, %2265 : tensor<64xf32>
    %2267 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2268 = stablehlo.multiply %2266, %2267 : tensor<64xf32>
    %2269 = stablehlo.subtract %arg31, %2268 : tensor<64xf32>
    %2270 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2271 = "stablehlo.broadcast_in_dim"(%2270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2272 = stablehlo.multiply %arg72, %2271 : tensor<128x64xf32>
    %2273 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2274 = "stablehlo.broadcast_in_dim"(%2273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2275 = stablehlo.multiply %1317, %2274 : tensor<128x64xf32>
    %2276 = stablehlo.add %2272, %2275 : tensor<128x64xf32>
    %2277 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2278 = "stablehlo.broadcast_in_dim"(%2277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2279 = stablehlo.multiply %arg112, %2278 : tensor<128x64xf32>
    %2280 = stablehlo.multiply %1317, %1317 : tensor<128x64xf32>
    %2281 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2282 = "stablehlo.broadcast_in_dim"(%2281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2283 = stablehlo.multiply %2280, %2282 : tensor<128x64xf32>
    %2284 = stablehlo.add %2279, %2283 : tensor<128x64xf32>
    %2285 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2286 = stablehlo.divide %2276, %2285 : tensor<128x64xf32>
    %2287 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2288 = stablehlo.divide %2284, %2287 : tensor<128x64xf32>
    %2289 = stablehlo.sqrt %2288 : tensor<128x64xf32>
    %2290 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2291 = "stablehlo.broadcast_in_dim"(%2290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2292 = stablehlo.add %2289, %2291 : tensor<128x64xf32>
    %2293 = stablehlo.divide %2286, %2292 : tensor<128x64xf32>
    %2294 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2295 = "stablehlo.broadcast_in_dim"(%2294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2296 = stablehlo.multiply %arg32, %2295 : tensor<128x64xf32>
    %2297 = stablehlo.add %2293, %2296 : tensor<128x64xf32>
    %2298 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2299 = stablehlo.multiply %2297, %2298 : tensor<128x64xf32>
    %2300 = stablehlo.subtract %arg32, %2299 : tensor<128x64xf32>
    %2301 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2302 = "stablehlo.broadcast_in_dim"(%2301) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2303 = stablehlo.multiply %arg73, %2302 : tensor<128xf32>
    %2304 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2305 = "stablehlo.broadcast_in_dim"(%2304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2306 = stablehlo.multiply %1319, %2305 : tensor<128xf32>
    %2307 = stablehlo.add %2303, %2306 : tensor<128xf32>
    %2308 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2309 = "stablehlo.broadcast_in_dim"(%2308) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2310 = stablehlo.multiply %arg113, %2309 : tensor<128xf32>
    %2311 = stablehlo.multiply %1319, %1319 : tensor<128xf32>
    %2312 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2313 = "stablehlo.broadcast_in_dim"(%2312) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2314 = stablehlo.multiply %2311, %2313 : tensor<128xf32>
    %2315 = stablehlo.add %2310, %2314 : tensor<128xf32>
    %2316 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2317 = stablehlo.divide %2307, %2316 : tensor<128xf32>
    %2318 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2319 = stablehlo.divide %2315, %2318 : tensor<128xf32>
    %2320 = stablehlo.sqrt %2319 : tensor<128xf32>
    %2321 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2322 = "stablehlo.broadcast_in_dim"(%2321) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2323 = stablehlo.add %2320, %2322 : tensor<128xf32>
    %2324 = stablehlo.divide %2317, %2323 : tensor<128xf32>
    %2325 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2326 = stablehlo.multiply %2324, %2325 : tensor<128xf32>
    %2327 = stablehlo.subtract %arg33, %2326 : tensor<128xf32>
    %2328 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2329 = "stablehlo.broadcast_in_dim"(%2328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2330 = stablehlo.multiply %arg74, %2329 : tensor<64x128xf32>
    %2331 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2332 = "stablehlo.broadcast_in_dim"(%2331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2333 = stablehlo.multiply %1321, %2332 : tensor<64x128xf32>
    %2334 = stablehlo.add %2330, %2333 : tensor<64x128xf32>
    %2335 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2336 = "stablehlo.broadcast_in_dim"(%2335) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2337 = stablehlo.multiply %arg114, %2336 : tensor<64x128xf32>
    %2338 = stablehlo.multiply %1321, %1321 : tensor<64x128xf32>
    %2339 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2340 = "stablehlo.broadcast_in_dim"(%2339) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2341 = stablehlo.multiply %2338, %2340 : tensor<64x128xf32>
    %2342 = stablehlo.add %2337, %2341 : tensor<64x128xf32>
    %2343 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2344 = stablehlo.divide %2334, %2343 : tensor<64x128xf32>
    %2345 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2346 = stablehlo.divide %2342, %2345 : tensor<64x128xf32>
    %2347 = stablehlo.sqrt %2346 : tensor<64x128xf32>
    %2348 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2349 = "stablehlo.broadcast_in_dim"(%2348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2350 = stablehlo.add %2347, %2349 : tensor<64x128xf32>
    %2351 = stablehlo.divide %2344, %2350 : tensor<64x128xf32>
    %2352 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2353 = "stablehlo.broadcast_in_dim"(%2352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2354 = stablehlo.multiply %arg34, %2353 : tensor<64x128xf32>
    %2355 = stablehlo.add %2351, %2354 : tensor<64x128xf32>
    %2356 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2357 = stablehlo.multiply %2355, %2356 : tensor<64x128xf32>
    %2358 = stablehlo.subtract %arg34, %2357 : tensor<64x128xf32>
    %2359 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2360 = "stablehlo.broadcast_in_dim"(%2359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2361 = stablehlo.multiply %arg75, %2360 : tensor<64xf32>
    %2362 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2363 = "stablehlo.broadcast_in_dim"(%2362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2364 = stablehlo.multiply %1323, %2363 : tensor<64xf32>
    %2365 = stablehlo.add %2361, %2364 : tensor<64xf32>
    %2366 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2367 = "stablehlo.broadcast_in_dim"(%2366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2368 = stablehlo.multiply %arg115, %2367 : tensor<64xf32>
    %2369 = stablehlo.multiply %1323, %1323 : tensor<64xf32>
    %2370 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2371 = "stablehlo.broadcast_in_dim"(%2370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2372 = stablehlo.multiply %2369, %2371 : tensor<64xf32>
    %2373 = stablehlo.add %2368, %2372 : tensor<64xf32>
    %2374 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2375 = stablehlo.divide %2365, %2374 : tensor<64xf32>
    %2376 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2377 = stablehlo.divide %2373, %2376 : tensor<64xf32>
    %2378 = stablehlo.sqrt %2377 : tensor<64xf32>
    %2379 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2380 = "stablehlo.broadcast_in_dim"(%2379) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2381 = stablehlo.add %2378, %2380 : tensor<64xf32>
    %2382 = stablehlo.divide %2375, %2381 : tensor<64xf32>
    %2383 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2384 = stablehlo.multiply %2382, %2383 : tensor<64xf32>
    %2385 = stablehlo.subtract %arg35, %2384 : tensor<64xf32>
    %2386 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2387 = "stablehlo.broadcast_in_dim"(%2386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2388 = stablehlo.multiply %arg76, %2387 : tensor<64xf32>
    %2389 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2390 = "stablehlo.broadcast_in_dim"(%2389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2391 = stablehlo.multiply %1325, %2390 : tensor<64xf32>
    %2392 = stablehlo.add %2388, %2391 : tensor<64xf32>
    %2393 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2394 = "stablehlo.broadcast_in_dim"(%2393) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2395 = stablehlo.multiply %arg116, %2394 : tensor<64xf32>
    %2396 = stablehlo.multiply %1325, %1325 : tensor<64xf32>
    %2397 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2398 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2399 = stablehlo.multiply %2396, %2398 : tensor<64xf32>
    %2400 = stablehlo.add %2395, %2399 : tensor<64xf32>
    %2401 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2402 = stablehlo.divide %2392, %2401 : tensor<64xf32>
    %2403 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2404 = stablehlo.divide %2400, %2403 : tensor<64xf32>
    %2405 = stablehlo.sqrt %2404 : tensor<64xf32>
    %2406 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2407 = "stablehlo.broadcast_in_dim"(%2406) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2408 = stablehlo.add %2405, %2407 : tensor<64xf32>
    %2409 = stablehlo.divide %2402, %2408 : tensor<64xf32>
    %2410 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2411 = stablehlo.multiply %2409, %2410 : tensor<64xf32>
    %2412 = stablehlo.subtract %arg36, %2411 : tensor<64xf32>
    %2413 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2414 = "stablehlo.broadcast_in_dim"(%2413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2415 = stablehlo.multiply %arg77, %2414 : tensor<64xf32>
    %2416 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2417 = "stablehlo.broadcast_in_dim"(%2416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2418 = stablehlo.multiply %1327, %2417 : tensor<64xf32>
    %2419 = stablehlo.add %2415, %2418 : tensor<64xf32>
    %2420 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2421 = "stablehlo.broadcast_in_dim"(%2420) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2422 = stablehlo.multiply %arg117, %2421 : tensor<64xf32>
    %2423 = stablehlo.multiply %1327, %1327 : tensor<64xf32>
    %2424 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2425 = "stablehlo.broadcast_in_dim"(%2424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2426 = stablehlo.multiply %2423, %2425 : tensor<64xf32>
    %2427 = stablehlo.add %2422, %2426 : tensor<64xf32>
    %2428 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2429 = stablehlo.divide %2419, %2428 : tensor<64xf32>
    %2430 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2431 = stablehlo.divide %2427, %2430 : tensor<64xf32>
    %2432 = stablehlo.sqrt %2431 : tensor<64xf32>
    %2433 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2434 = "stablehlo.broadcast_in_dim"(%2433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2435 = stablehlo.add %2432, %2434 : tensor<64xf32>
    %2436 = stablehlo.divide %2429, %2435 : tensor<64xf32>
    %2437 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2438 = stablehlo.multiply %2436, %2437 : tensor<64xf32>
    %2439 = stablehlo.subtract %arg37, %2438 : tensor<64xf32>
    %2440 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2441 = "stablehlo.broadcast_in_dim"(%2440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2442 = stablehlo.multiply %arg78, %2441 : tensor<5x64xf32>
    %2443 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2444 = "stablehlo.broadcast_in_dim"(%2443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2445 = stablehlo.multiply %1329, %2444 : tensor<5x64xf32>
    %2446 = stablehlo.add %2442, %2445 : tensor<5x64xf32>
    %2447 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2448 = "stablehlo.broadcast_in_dim"(%2447) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2449 = stablehlo.multiply %arg118, %2448 : tensor<5x64xf32>
    %2450 = stablehlo.multiply %1329, %1329 : tensor<5x64xf32>
    %2451 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2452 = "stablehlo.broadcast_in_dim"(%2451) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2453 = stablehlo.multiply %2450, %2452 : tensor<5x64xf32>
    %2454 = stablehlo.add %2449, %2453 : tensor<5x64xf32>
    %2455 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2456 = stablehlo.divide %2446, %2455 : tensor<5x64xf32>
    %2457 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2458 = stablehlo.divide %2454, %2457 : tensor<5x64xf32>
    %2459 = stablehlo.sqrt %2458 : tensor<5x64xf32>
    %2460 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2461 = "stablehlo.broadcast_in_dim"(%2460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2462 = stablehlo.add %2459, %2461 : tensor<5x64xf32>
    %2463 = stablehlo.divide %2456, %2462 : tensor<5x64xf32>
    %2464 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2465 = "stablehlo.broadcast_in_dim"(%2464) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2466 = stablehlo.multiply %arg38, %2465 : tensor<5x64xf32>
    %2467 = stablehlo.add %2463, %2466 : tensor<5x64xf32>
    %2468 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2469 = stablehlo.multiply %2467, %2468 : tensor<5x64xf32>
    %2470 = stablehlo.subtract %arg38, %2469 : tensor<5x64xf32>
    %2471 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2472 = "stablehlo.broadcast_in_dim"(%2471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2473 = stablehlo.multiply %arg79, %2472 : tensor<5xf32>
    %2474 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2475 = "stablehlo.broadcast_in_dim"(%2474) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2476 = stablehlo.multiply %1331, %2475 : tensor<5xf32>
    %2477 = stablehlo.add %2473, %2476 : tensor<5xf32>
    %2478 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2479 = "stablehlo.broadcast_in_dim"(%2478) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2480 = stablehlo.multiply %arg119, %2479 : tensor<5xf32>
    %2481 = stablehlo.multiply %1331, %1331 : tensor<5xf32>
    %2482 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2483 = "stablehlo.broadcast_in_dim"(%2482) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2484 = stablehlo.multiply %2481, %2483 : tensor<5xf32>
    %2485 = stablehlo.add %2480, %2484 : tensor<5xf32>
    %2486 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2487 = stablehlo.divide %2477, %2486 : tensor<5xf32>
    %2488 = "stablehlo.broadcast_in_dim"(%1361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2489 = stablehlo.divide %2485, %2488 : tensor<5xf32>
    %2490 = stablehlo.sqrt %2489 : tensor<5xf32>
    %2491 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2492 = "stablehlo.broadcast_in_dim"(%2491) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2493 = stablehlo.add %2490, %2492 : tensor<5xf32>
    %2494 = stablehlo.divide %2487, %2493 : tensor<5xf32>
    %2495 = "stablehlo.broadcast_in_dim"(%1348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2496 = stablehlo.multiply %2494, %2495 : tensor<5xf32>
    %2497 = stablehlo.subtract %arg39, %2496 : tensor<5xf32>
    %2498 = stablehlo.constant dense<1> : tensor<i32>
    %2499 = stablehlo.add %arg120, %2498 : tensor<i32>
    return %1388, %1415, %1446, %1473, %1500, %1527, %1558, %1585, %1616, %1643, %1674, %1701, %1732, %1759, %1786, %1813, %1844, %1871, %1902, %1929, %1956, %1983, %2014, %2041, %2072, %2099, %2130, %2157, %2188, %2215, %2242, %2269, %2300, %2327, %2358, %2385, %2412, %2439, %2470, %2497, %1368, %1395, %1422, %1453, %1480, %1507, %1534, %1565, %1592, %1623, %1650, %1681, %1708, %1739, %1766, %1793, %1820, %1851, %1878, %1909, %1936, %1963, %1990, %2021, %2048, %2079, %2106, %2137, %2164, %2195, %2222, %2249, %2276, %2307, %2334, %2365, %2392, %2419, %2446, %2477, %1376, %1403, %1430, %1461, %1488, %1515, %1542, %1573, %1600, %1631, %1658, %1689, %1716, %1747, %1774, %1801, %1828, %1859, %1886, %1917, %1944, %1971, %1998, %2029, %2056, %2087, %2114, %2145, %2172, %2203, %2230, %2257, %2284, %2315, %2342, %2373, %2400, %2427, %2454, %2485, %2499, %485, %512, %1348, %1244 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
